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
});
