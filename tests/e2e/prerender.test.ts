import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const SEED = 'liaocheng-nyncj-2020';
const sections = [
  'overview',
  'publications',
  'applications',
  'procurement',
  'appeals',
  'problems',
  'other',
  'checks',
];
const ENTRY = /\/assets\/index-[\w-]+\.js$/;

/** A fresh page (a full load every time), its console errors and failed requests collected. */
async function freshPage(session: Session): Promise<{ page: Page; problems: string[] }> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

const appReady = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.app === 'ready');

describe('prerendered pages in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('index.html has a page for every section, and the policy allows only its own inline script', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const pages = [
      ...html.matchAll(/<script type="text\/x-xxgk-snapshot" data-snapshot="([^"]+)"/g),
    ];
    expect(pages.map((m) => m[1])).toEqual(sections.map((s) => `/reports/${SEED}/${s}`));
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    const policy = (
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    ).replace(/&#39;/g, "'");
    const hash = createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64');
    expect(policy).toMatch(
      new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}';`),
    );
  });

  it('shows the table before the app’s code has run; the app then takes over that very page', async () => {
    const { page, problems } = await freshPage(session);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(ENTRY, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    await table.locator('tbody tr').first().waitFor();
    // Drawn, with its numbers, while the app's script is still held back.
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    expect(await page.locator('#root').getAttribute('data-snapshot')).toBe(
      `/reports/${SEED}/applications`,
    );
    expect(
      await page.locator('[data-path="sections.applications.received.person"]').textContent(),
    ).toBe('6');
    await page.evaluate(() => {
      (document.querySelector('#applications table') as { seen?: boolean } | null)!.seen = true;
    });
    release();
    await loading;
    await appReady(page);
    // Taken over, not replaced: the same element, and it answers now.
    expect(
      await page.evaluate(
        () => (document.querySelector('#applications table') as { seen?: boolean } | null)?.seen,
      ),
    ).toBe(true);
    const header = table.getByRole('columnheader', { name: '自然人' });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    // The charts are drawn after it, in the browser.
    await page.locator('#applications-flow svg').first().waitFor();
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps what the reader does before the take-over: a sort, a menu, typed text', async () => {
    const { page, problems } = await freshPage(session);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(ENTRY, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    await table.locator('tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    // The reader acts at once, on the page as drawn, before any script of the app has run.
    const header = table.getByRole('columnheader', { name: '自然人' });
    await header.getByRole('button').click();
    const search = page.getByRole('searchbox', { name: '搜索表格' });
    await search.click();
    await page.keyboard.type('公开', { delay: 30 });
    await page.locator('#applications').getByRole('button', { name: /^导出/ }).click();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    release();
    await loading;
    await appReady(page);
    // Carried out once the app is in charge: sorted, searched, the menu open, nothing typed lost.
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await search.inputValue()).toBe('公开');
    await expect.poll(() => page.url()).toContain('t.q=');
    expect(page.url()).toContain('t.sort=person.asc');
    expect(
      await page
        .locator('#applications')
        .getByRole('button', { name: /^导出/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes over every section without a mismatch, and the bare address as the overview', async () => {
    const { page, problems } = await freshPage(session);
    for (const section of sections) {
      await page.goto('about:blank');
      await page.goto(`${inject('baseUrl')}#/reports/${SEED}/${section}`);
      await appReady(page);
      expect(await page.locator('#root').getAttribute('data-snapshot'), section).toBe(
        `/reports/${SEED}/${section}`,
      );
    }
    await page.goto('about:blank');
    await page.goto(inject('baseUrl'));
    await appReady(page);
    expect(await page.locator('#root').getAttribute('data-snapshot')).toBe(
      `/reports/${SEED}/overview`,
    );
    expect(new URL(page.url()).hash).toBe(`#/reports/${SEED}/overview`);
    // React reports a hydration mismatch as an error; there is none.
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is replaced, not kept, when the report has changed since the build', async () => {
    const { page, problems } = await freshPage(session);
    await page.route(`**/data/reports/${SEED}.json`, async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as { agency: { name: string } };
      file.agency.name = '改过名字的机关';
      await route.fulfill({ response, body: JSON.stringify(file) });
    });
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await appReady(page);
    await expect
      .poll(() => page.locator('.report-name .agency').textContent())
      .toBe('改过名字的机关');
    expect(await page.locator('.report-switcher option:checked').textContent()).toContain(
      '聊城市农业农村局',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is not shown to a reader who chose English', async () => {
    const { page, problems } = await freshPage(session);
    await page.addInitScript(() => {
      localStorage.setItem(
        'xxgk-preferences',
        JSON.stringify({ state: { lang: 'en' }, version: 1 }),
      );
    });
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: /Overview/i }).waitFor();
    expect(await page.locator('#root').getAttribute('data-snapshot')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });
});
