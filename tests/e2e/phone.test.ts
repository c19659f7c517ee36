import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// On a phone (touch, no arrow keys) a flagged cell's note shows on a tap, without naming keys
// the reader does not have.

const SEED = 'liaocheng-nyncj-2020';

describe('on a phone in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows a flagged cell's note on a tap, without the arrow-key hint", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications?view=table`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const cell = page.locator('td[data-path="sections.applications.results.granted.total"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.tap();
    const tooltip = cell.locator('.dt-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/为空，但分项之和为 3/);
    expect(await cell.locator('.dt-tooltip-keys').isVisible()).toBe(false);
    await context.close();
  });

  it("keeps the editor's row labels in view as the numbers scroll, and a cell reached by the keys clear of them", async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/edit`);
    const label = page.locator('th.ed-label', { hasText: '5.属于三类内部事务信息' });
    await label.scrollIntoViewIfNeeded();
    const box = label.locator('xpath=ancestor::div[contains(@class, "ed-scroll")]');
    const inputs = label.locator('xpath=..').locator('input');
    expect(await inputs.count()).toBe(7);
    // The table is wider than the phone; scrolled to its end, the row's label is still in view.
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const inView = async () => {
      const [l, b] = await Promise.all([label.boundingBox(), box.boundingBox()]);
      return l && b ? l.x >= b.x - 1 && l.x + l.width <= b.x + b.width + 1 : false;
    };
    await expect.poll(inView).toBe(true);
    // From the row's last number back to its first with the arrow keys: each one focused
    // beside the label, not under it.
    await inputs.last().focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => inputs.first().evaluate((el) => el === document.activeElement))
      .toBe(true);
    const covered = async () => {
      const [l, input] = await Promise.all([label.boundingBox(), inputs.first().boundingBox()]);
      return l && input ? l.x + l.width - input.x : NaN;
    };
    await expect.poll(covered).toBeLessThanOrEqual(1);
    expect(await inView()).toBe(true);
    await page.screenshot({ path: 'reports/screenshots/editor-375.png' });
    await context.close();
  });
});
