import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

describe('the built app in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens on the embedded report and shows its agency name and year', async () => {
    const { page, problems } = session;
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    expect(page.url()).toMatch(/#\/reports\/liaocheng-nyncj-2020\/overview$/);
    const title = page.locator('.report-name');
    expect(await title.textContent()).toContain('聊城市农业农村局');
    expect(await title.textContent()).toContain('2020 年度');
    expect(await page.getByText('2021-01-23').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('shows the number of check errors of the seed report', async () => {
    const { page } = session;
    const card = page.locator('.stat-card', { hasText: '校验错误' });
    expect(await card.locator('.stat-value').textContent()).toBe('2');
  });

  it('renders Chinese text with a CJK font (not boxes)', async () => {
    const { page } = session;
    // A font that covers CJK gives each ideograph a width near the font size; a missing font
    // falls back to boxes or zero-width glyphs that all look alike.
    const widths = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.font = '20px sans-serif';
      document.body.append(span);
      const measure = (text: string) => {
        span.textContent = text;
        return span.getBoundingClientRect().width;
      };
      const result = { ideograph: measure('农'), latin: measure('i') };
      span.remove();
      return result;
    });
    expect(widths.ideograph).toBeGreaterThan(15);
    expect(widths.ideograph).toBeGreaterThan(widths.latin * 2);
    mkdirSync('reports/screenshots', { recursive: true });
    await page.screenshot({ path: 'reports/screenshots/overview-desktop.png', fullPage: false });
  });

  it('shows a clear message, not a blank page, when the report list is missing', async () => {
    const { page } = session;
    await page.route('**/data/reports/index.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/无法读取报告列表.*HTTP 404/);
    await page.unroute('**/data/reports/index.json');
  });
});
