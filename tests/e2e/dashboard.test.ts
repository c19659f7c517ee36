import { mkdirSync } from 'node:fs';
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
const headings: Record<string, RegExp> = {
  overview: /总体情况/,
  publications: /主动公开政府信息情况/,
  applications: /收到和处理政府信息公开申请情况/,
  procurement: /政府集中采购/,
  appeals: /行政复议、行政诉讼情况/,
  problems: /存在的主要问题及改进情况/,
  other: /其他需要报告的事项/,
  checks: /勾稽校验/,
};

describe('the dashboard in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
    mkdirSync('reports/screenshots', { recursive: true });
  });
  afterAll(async () => {
    await session.close();
  });

  it('visits every route of the embedded report, with no console error', async () => {
    const { page, problems } = session;
    for (const section of sections) {
      await page.goto(`${inject('baseUrl')}#/reports/${SEED}/${section}`);
      await page.getByRole('heading', { level: 1, name: headings[section] }).waitFor();
      await page.waitForLoadState('networkidle');
      // Charts are drawn one after another: the picture waits for the last placeholder to go.
      await expect.poll(() => page.locator('.chart-placeholder').count()).toBe(0);
      await page.screenshot({ path: `reports/screenshots/${section}-desktop.png`, fullPage: true });
    }
    expect(problems).toEqual([]);
  });

  it('draws the charts of the applications page', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    // Drawn one after another, each in a task of its own.
    await page.locator('.recharts-surface').first().waitFor();
    await expect
      .poll(() =>
        page
          .locator('#applications-flow, #applications-outcomes, #applications-by-applicant')
          .locator('svg.recharts-surface')
          .count(),
      )
      .toBeGreaterThanOrEqual(3);
  });

  it('sorts and filters a table, and a reload restores the same state', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    await table.waitFor();
    await table.getByRole('columnheader', { name: '自然人' }).getByRole('button').click();
    await page.getByLabel('筛选“自然人”').fill('>0');
    // Both the sort and the filter are in the address (the filter follows typing).
    await page.waitForFunction(() => {
      const hash = decodeURIComponent(window.location.hash.replace(/\+/g, ' '));
      return hash.includes('sort=person') && hash.includes('>0');
    });
    // The address changes a moment before the table is drawn again: wait for the filtered rows.
    const count = page.locator('#applications').getByRole('status');
    await expect
      .poll(async () => {
        const [shown, total] =
          /(\d+) \/ (\d+)/.exec((await count.textContent()) ?? '')?.slice(1) ?? [];
        return Number(shown) < Number(total);
      })
      .toBe(true);
    const before = await table.getByRole('rowheader').allTextContents();
    const url = page.url();
    expect(url).toMatch(/t\.sort=person/);
    await page.reload();
    await table.waitFor();
    expect(page.url()).toBe(url);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(before);
    expect(
      await table.getByRole('columnheader', { name: '自然人' }).getAttribute('aria-sort'),
    ).toMatch(/ascending|descending/);
    expect(await page.getByLabel('筛选“自然人”').inputValue()).toBe('>0');
  });

  it('back and forward move between sections', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('link', { name: '复议诉讼' })
      .click();
    await page.getByRole('heading', { level: 1, name: headings.appeals }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: headings.overview }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: headings.appeals }).waitFor();
    expect(page.url()).toMatch(/#\/reports\/liaocheng-nyncj-2020\/appeals$/);
  });

  it('switches language, and the choice persists across a reload', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '1. Overview' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '1. Overview' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.screenshot({ path: 'reports/screenshots/overview-en.png', fullPage: true });
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: headings.overview }).waitFor();
  });

  it('opens a deep link on the production build served from a sub-path by a plain static server', async () => {
    const { page, problems } = session;
    const before = problems.length;
    await page.goto(`${inject('subpathUrl')}#/reports/${SEED}/appeals?view=table`);
    await page.getByRole('heading', { level: 1, name: headings.appeals }).waitFor();
    expect(await page.getByRole('table').count()).toBe(1);
    expect(problems.slice(before)).toEqual([]);
  });

  it('works at phone width: the table scrolls sideways with its row labels fixed', async () => {
    const phone = await openBrowser({ width: 375, height: 740 });
    try {
      await phone.page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications?view=table`);
      const region = phone.page.getByRole('region', { name: /收到和处理政府信息公开申请情况/ });
      await region.waitFor();
      const scroll = await region.evaluate((el) => ({
        client: el.clientWidth,
        scroll: el.scrollWidth,
      }));
      expect(scroll.scroll).toBeGreaterThan(scroll.client);
      const pageWidth = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(375);
      const label = region.getByRole('rowheader').first();
      const x0 = (await label.boundingBox())?.x ?? 0;
      await region.evaluate((el) => el.scrollBy(200, 0));
      expect(Math.abs(((await label.boundingBox())?.x ?? 0) - x0)).toBeLessThan(2);
      for (const section of ['overview', 'applications', 'checks']) {
        await phone.page.goto(`${inject('baseUrl')}#/reports/${SEED}/${section}`);
        await phone.page.getByRole('heading', { level: 1 }).waitFor();
        await phone.page.screenshot({
          path: `reports/screenshots/${section}-phone.png`,
          fullPage: true,
        });
      }
    } finally {
      await phone.close();
    }
  });
});
