import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// 在表格中查看 on the checks page lands the reader on the cell the finding is about: focused,
// in view, and not under the sticky section navigation.

const SEED = 'liaocheng-nyncj-2020';

describe('a finding opened in its table, in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  for (const width of [1366, 375]) {
    it(`focuses the finding's cell, in view below the navigation, at ${width} px`, async () => {
      const { page } = session;
      await page.setViewportSize({ width, height: width > 800 ? 900 : 800 });
      await page.goto(`${inject('baseUrl')}#/reports/${SEED}/checks?sev=error`);
      await page.getByRole('link', { name: '在表格中查看' }).nth(1).click();
      await page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path')))
        .toBe('sections.applications.results.granted.total');
      const geometry = await page.evaluate(() => {
        const cell = document.activeElement?.getBoundingClientRect();
        const nav = document.querySelector('.section-nav')?.getBoundingClientRect();
        return cell && nav ? { top: cell.top, bottom: cell.bottom, navBottom: nav.bottom } : null;
      });
      expect(geometry).not.toBeNull();
      expect(geometry!.top).toBeGreaterThanOrEqual(geometry!.navBottom);
      expect(geometry!.bottom).toBeLessThanOrEqual(width > 800 ? 900 : 800);
      // The note of the focused cell is shown: the reader sees what the finding says.
      expect(await page.locator('td:focus .dt-tooltip').textContent()).toMatch(
        /为空，但分项之和为 3/,
      );
    });
  }
});
