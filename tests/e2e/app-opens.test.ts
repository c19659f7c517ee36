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
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('聊城市农业农村局');
    expect(await heading.textContent()).toContain('2020');
    expect(await page.getByText('2021-01-23').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('shows the consistency findings of the seed report', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: '勾稽校验' }).waitFor();
    expect(await page.getByText('错误 2').count()).toBe(1);
    expect(await page.getByText(/（一）予以公开 · 总计 为空/).count()).toBe(1);
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
