import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const SEED = 'liaocheng-nyncj-2020';
const routes = [
  `#/reports/${SEED}/overview`,
  `#/reports/${SEED}/publications`,
  `#/reports/${SEED}/applications`,
  `#/reports/${SEED}/procurement`,
  `#/reports/${SEED}/appeals`,
  `#/reports/${SEED}/problems`,
  `#/reports/${SEED}/other`,
  `#/reports/${SEED}/checks`,
  `#/reports/${SEED}/print`,
  '#/import',
  '#/no/such/page',
];

// An HTML report as a stranger's web page might carry it: every way to run code we know.
const payloads = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<a href="javascript:window.__pwned = \'href\'">链接</a>',
  '<iframe src="javascript:parent.__pwned = \'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned = \'srcdoc\'</script>"></iframe>',
  '<object data="data:text/html,<script>parent.__pwned=1</script>"></object>',
  '<p>一、总体情况<script>window.__pwned = "in text"</script></p>',
].join('\n');

describe('security in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
  });
  afterAll(async () => {
    await session.close();
  });

  it('ships a strict Content-Security-Policy and breaks none of it on any route', async () => {
    const { page, problems } = session;
    for (const route of routes) {
      await page.goto(`${inject('baseUrl')}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(
        await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
        route,
      ).toEqual([]);
    }
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("connect-src 'self'");
    expect(problems).toEqual([]);
  });

  it('exports a chart image under the policy', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications?view=chart`);
    await page.locator('.recharts-surface').first().waitFor();
    const figure = page.getByRole('figure').first();
    await figure.getByRole('button', { name: /^导出/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: '下载 PNG 图片' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });

  it('imports an HTML report full of script payloads and none of them runs', async () => {
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const html = readFileSync(
      'tests/fixtures/importer/html/donglin-county-2022.shtml',
      'utf8',
    ).replace('<body>', `<body>\n${payloads}\n`);
    await page.goto(`${inject('baseUrl')}#/import`);
    await page
      .locator('input[type=file]')
      .setInputFiles([
        { name: 'donglin-with-payloads.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      ]);
    const card = page.getByRole('article', { name: 'donglin-with-payloads.html' });
    await card.getByText(/可以导入/).waitFor();
    // The source is shown as text: the payloads are visible, not live.
    expect(await card.getByRole('region', { name: '原文' }).textContent()).toContain(
      'window.__pwned',
    );
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('iframe, object, .import-page script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
