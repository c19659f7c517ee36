import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { addReport2021, REPORT_2021 } from './report-2021.ts';

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
  'print',
];

type Scheme = 'light' | 'dark';

/**
 * axe-core's violations of impact serious or critical: a line a rule, with how many elements
 * break it and the first of them, so that a failure reads at a glance. In the dark scheme only
 * the colour rule runs: every other rule sees the same page in both schemes.
 */
async function seriousViolations(page: Page, scheme: Scheme): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  // Besides the default rules, label-content-name-mismatch (experimental in axe, off by
  // default): a control's accessible name must contain the text it shows.
  axe.options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (scheme === 'dark') axe.withRules(['color-contrast']);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const first = v.nodes[0];
      const summary = first?.failureSummary?.replace(/\s+/g, ' ') ?? '';
      const where = `${page.url().replace(/^[^#]*/, '')} [${scheme}]`;
      return `${where} ${v.id} (${v.impact}) × ${v.nodes.length}: ${first?.target.join(' ')} — ${summary}`;
    });
}

/** The page as a reader meets it: heading shown, lazy sections and charts loaded. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
}

async function audit(page: Page, hash: string, scheme: Scheme): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${inject('baseUrl')}${hash}`);
  await settle(page);
  return seriousViolations(page, scheme);
}

describe('accessibility (axe-core) in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
    await addReport2021(session.page);
  });
  afterAll(async () => {
    await session.close();
  });

  for (const [template, id] of [
    ['2019', SEED],
    ['2021', REPORT_2021],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`every section of the ${template}-template report, ${scheme} scheme: no serious or critical violation`, async () => {
        const found: string[] = [];
        for (const section of sections) {
          found.push(...(await audit(session.page, `#/reports/${id}/${section}`, scheme)));
        }
        expect(found).toEqual([]);
      });
    }
  }

  it('findings highlighted in a table, a chart shown as data, menus open: none', async () => {
    const { page } = session;
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await audit(page, `#/reports/${REPORT_2021}/checks`, scheme);
      await page.getByRole('link', { name: '在表格中查看' }).first().click();
      await settle(page);
      const figure = page.locator('#applications-outcomes');
      await figure.getByRole('button', { name: '显示数据表' }).click();
      await figure.getByRole('button', { name: /^导出/ }).click();
      await page.locator('#applications').getByRole('button', { name: /^导出/ }).click();
      await page.locator('#applications').getByRole('button', { name: '显示的列' }).click();
      await page.locator('#applications td.has-error').first().focus();
      found.push(...(await seriousViolations(page, scheme)));
    }
    expect(found).toEqual([]);
  });

  it('the Import page with a previewed report, the not-found pages, and English: none', async () => {
    const { page } = session;
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      found.push(...(await audit(page, '#/import', scheme)));
      // The files imported in this tab stay on the Import page until saved or removed: start
      // each scheme's import afresh.
      await page.reload();
      await page.locator('input[type=file]').setInputFiles([
        {
          name: 'liaocheng-2020.txt',
          mimeType: 'text/plain',
          buffer: readFileSync('tests/fixtures/seed/liaocheng-nyncj-2020.txt'),
        },
      ]);
      await page
        .getByRole('article', { name: 'liaocheng-2020.txt' })
        .getByText('可以导入')
        .waitFor();
      found.push(...(await seriousViolations(page, scheme)));
      found.push(...(await audit(page, '#/no-such-page', scheme)));
      found.push(...(await audit(page, '#/reports/no-such-report/overview', scheme)));
    }
    await audit(page, `#/reports/${SEED}/overview`, 'light');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    for (const section of ['overview', 'applications', 'checks']) {
      found.push(...(await audit(page, `#/reports/${SEED}/${section}`, 'light')));
    }
    await page.getByRole('button', { name: '中文', exact: true }).click();
    expect(found).toEqual([]);
  });

  it('the library, an agency’s years and the comparison, both schemes: none', async () => {
    const found: string[] = [];
    const pages = [
      '#/reports',
      `#/agencies/${encodeURIComponent('淮安市洪泽区人民政府')}`,
      '#/compare?reports=hongze-district-gov-2023~hongze-district-gov-2024~huaian-city-gov-2024',
    ];
    for (const scheme of ['light', 'dark'] as const) {
      for (const hash of pages) found.push(...(await audit(session.page, hash, scheme)));
    }
    expect(found).toEqual([]);
  });

  it('every chart has its data as a table in the accessibility tree, shown on request', async () => {
    const { page } = session;
    for (const section of ['publications', 'applications', 'appeals']) {
      await audit(page, `#/reports/${SEED}/${section}`, 'light');
      const figures = page.locator('figure');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const name = await figure.getAttribute('aria-labelledby');
        expect(name, `${section}: a figure without a name`).toBeTruthy();
        // Visually hidden until asked for, but a screen reader finds it as a table; a chart
        // with nothing to draw says so in words instead.
        if ((await figure.locator('.ch-empty').count()) === 1) continue;
        const table = figure.getByRole('table');
        expect(await table.count(), `${section}: ${await figure.textContent()}`).toBe(1);
        expect(await table.getByRole('row').count()).toBeGreaterThan(1);
      }
    }
    await audit(page, `#/reports/${SEED}/applications`, 'light');
    const figure = page.locator('#applications-outcomes');
    await figure.getByRole('button', { name: '显示数据表' }).click();
    expect(await figure.getByRole('table').isVisible()).toBe(true);
  });

  it('colour is never the only carrier: findings carry glyphs and text, hidden series a strike', async () => {
    const { page } = session;
    await audit(page, `#/reports/${REPORT_2021}/applications`, 'light');
    const marked = page.locator('td.has-error, td.has-warning');
    expect(await marked.count()).toBeGreaterThan(0);
    for (const cell of await marked.all()) {
      // The flag is the cell's ::after: its glyph, with an empty alternative text.
      const flag = await cell.evaluate((td) => getComputedStyle(td, '::after').content);
      expect(flag).toMatch(/^"[!?i]" \/ ""$/);
      const ids = (await cell.getAttribute('aria-describedby'))?.split(' ') ?? [];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).textContent()).not.toBe('');
    }
    const legend = page.locator('#applications-by-applicant .ch-legend-button').first();
    await legend.click();
    expect(await legend.getAttribute('aria-pressed')).toBe('false');
    expect(
      await legend
        .locator('.ch-legend-label')
        .evaluate((el) => getComputedStyle(el).textDecoration),
    ).toMatch(/line-through/);
    await audit(page, `#/reports/${REPORT_2021}/checks`, 'light');
    for (const badge of await page.locator('.finding .badge').all()) {
      expect(await badge.textContent()).toMatch(/^[✕!i]\s*(错误|警告|无法校验)$/);
    }
  });
});
