import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';

// With JavaScript off the page still says something: what it needs, in both languages.

describe('the built app with JavaScript turned off', () => {
  it('says that it needs JavaScript, in Chinese and English', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}#/reports/liaocheng-nyncj-2020/overview`);
      const notes = page.locator('.noscript');
      expect(await notes.count()).toBe(2);
      expect(await notes.first().isVisible()).toBe(true);
      expect(await notes.first().textContent()).toMatch(/需要|JavaScript/);
      expect(await notes.last().textContent()).toMatch(/needs JavaScript/);
    } finally {
      await browser.close();
    }
  });
});
