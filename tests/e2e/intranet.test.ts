import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// On a plain-HTTP intranet address (not https://, not localhost) browsers keep the clipboard
// from the page: copying a chart says why, and offers the PNG as a download instead.

const SEED = 'liaocheng-nyncj-2020';

describe('the app on a plain-HTTP intranet address, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        // xxgk.intranet is this machine, as an intranet name would be: not a secure origin.
        '--host-resolver-rules=MAP xxgk.intranet 127.0.0.1',
      ],
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says the clipboard needs an https:// address, and offers the PNG download', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    // The plain static server under a sub-path, as an intranet would serve the built app.
    const base = new URL(inject('subpathUrl'));
    await page.goto(
      `http://xxgk.intranet:${base.port}${base.pathname}#/reports/${SEED}/applications`,
    );
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const figure = page.locator('#applications-outcomes');
    await figure.locator('svg.recharts-surface').first().waitFor();
    await figure.getByRole('button', { name: /^导出/ }).click();
    await figure.getByRole('button', { name: '复制 PNG 图片' }).click();
    await expect
      .poll(() => figure.getByRole('status').textContent())
      .toMatch(/https:\/\/.*http:\/\/.*下载 PNG/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: '下载 PNG 图片' }).last().click(),
    ]);
    expect(download.suggestedFilename()).toBe('聊城市农业农村局-2020-applications-outcomes.png');
    await context.close();
  });
});
