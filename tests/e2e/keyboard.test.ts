import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const SEED = 'liaocheng-nyncj-2020';

/** What the focused element looks like: a description, and whether its focus can be seen. */
interface FocusLook {
  what: string;
  /** An outline at least 2px wide: the app draws every focus ring as an outline. */
  ring: boolean;
  /** Contrast of the ring's colour with the background around it (WCAG 1.4.11, non-text contrast: 3:1). */
  contrast: number;
}

function lookAtFocus(page: Page): Promise<FocusLook | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      [r, g, b]
        .map((v) => v / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    // The outline is drawn outside the element: compare with the nearest painted ancestor.
    let behind: Element | null = el.parentElement;
    let background = 'rgb(255, 255, 255)';
    while (behind) {
      const colour = getComputedStyle(behind).backgroundColor;
      const alpha = rgb(colour)[3];
      if (colour !== 'transparent' && alpha !== 0) {
        background = colour;
        break;
      }
      behind = behind.parentElement;
    }
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort(
      (x, y) => y - x,
    );
    const label =
      el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.localName;
    return {
      what: `${el.localName}.${el.className} “${label}”`,
      ring,
      contrast: (a! + 0.05) / (b! + 0.05),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking at every stop that focus can
 * be seen; returns the stops where it could not. Fails when `target` is not reached.
 */
async function tabTo(page: Page, target: Locator, backwards = false, limit = 400) {
  const unseen: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const look = await lookAtFocus(page);
    if (look && (!look.ring || look.contrast < 3)) {
      unseen.push(`${look.what}: ring ${look.ring}, contrast ${look.contrast.toFixed(2)}`);
    }
    if (await target.evaluate((el) => el === document.activeElement)) return unseen;
  }
  throw new Error(`${target.toString()} not reached with ${limit} presses of Tab`);
}

describe('the dashboard with the keyboard only', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('skip link, section navigation, sorting, a chart export menu, the language switch', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    const unseen: string[] = [];

    // The first Tab shows the skip link; Enter lands in the page's main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect((await page.locator('.skip-link').boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#\/reports\/liaocheng-nyncj-2020\/overview$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Back up to the section navigation and open 依申请公开.
    const nav = page.getByRole('navigation', { name: '报告各部分' });
    unseen.push(...(await tabTo(page, nav.getByRole('link', { name: '依申请公开' }), true)));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /收到和处理政府信息公开申请情况/ }).waitFor();

    // Sort the applications table by 自然人 with Enter.
    const header = page
      .getByRole('table', { name: /收到和处理政府信息公开申请情况/ })
      .getByRole('columnheader', { name: '自然人' });
    unseen.push(...(await tabTo(page, header.getByRole('button'))));
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    expect(page.url()).toMatch(/t\.sort=person/);

    // Open the outcomes chart's export menu, walk into it, close it with Escape.
    const outcomes = page.locator('#applications-outcomes');
    unseen.push(...(await tabTo(page, outcomes.getByRole('button', { name: /^导出/ }))));
    await page.keyboard.press('Enter');
    const menu = outcomes.locator('.xm-panel');
    expect(await menu.isVisible()).toBe(true);
    unseen.push(...(await tabTo(page, menu.getByRole('button', { name: '下载 PNG 图片' }))));
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('xm-button'))).toBe(
      true,
    );

    // Back to the header and switch the interface to English with Space.
    const lang = page.getByRole('button', { name: 'English', exact: true });
    unseen.push(...(await tabTo(page, lang, true)));
    await page.keyboard.press('Space');
    await page
      .getByRole('heading', { level: 1, name: /Applications received and handled/ })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /收到和处理政府信息公开申请情况/ }).waitFor();

    expect(unseen).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('passes over the flagged cells in one Tab stop; the arrow keys move among them', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    const body = page.locator('#applications tbody');
    // The seed report has 149 flagged cells: one is in the Tab order.
    const stop = body.locator('td[tabindex="0"]');
    expect(await stop.count()).toBe(1);
    expect(await body.locator('td[tabindex="-1"]').count()).toBe(148);
    expect(await tabTo(page, stop)).toEqual([]);

    const at = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.path);
    const first = await at();
    await page.keyboard.press('ArrowRight');
    const second = await at();
    expect(second).toMatch(/^sections\.applications\./);
    expect(second).not.toBe(first);
    // The focused cell shows its notes and how to move on; focus is seen.
    expect(await page.locator('td:focus .dt-tooltip-keys').isVisible()).toBe(true);
    const look = await lookAtFocus(page);
    expect(look?.ring).toBe(true);
    await page.keyboard.press('ArrowDown');
    const below = await at();
    expect(below).not.toBe(second);
    expect(below?.split('.').at(-1)).toBe(second?.split('.').at(-1));

    // Tab moves on to the next control (a group row's toggle), not to another cell;
    // Shift+Tab comes back to the cell left.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('button');
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toBe(below);
    expect(problems).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`focus is visible on everything Tab reaches on the applications page, ${scheme} scheme`, async () => {
      const { page } = session;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
      await page.locator('#applications-flow .recharts-surface').waitFor();
      // The last control on the page: the flow chart's data-table toggle.
      const last = page.locator('#applications-flow').getByRole('button', { name: '显示数据表' });
      const unseen = await tabTo(page, last);
      expect(unseen).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }
});
