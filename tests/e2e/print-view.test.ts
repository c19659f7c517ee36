import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';
import { addReport2021, REPORT_2021 } from './report-2021.ts';

// The print view holds every table of the report on one page: each keeps its own view state
// (under its own name in the address), so sorting one leaves the others as they were.

const rowOrder = (table: Locator) => table.getByRole('rowheader').allTextContents();
const sortedHeaders = (table: Locator) =>
  table.locator('th[aria-sort]:not([aria-sort="none"])').allTextContents();

async function everyTable(page: Page) {
  const tables = page.locator('.print-section table.dt-table');
  const count = await tables.count();
  const all: { caption: string; rows: string[]; sorted: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    const table = tables.nth(i);
    all.push({
      caption: (await table.locator('caption').textContent()) ?? '',
      rows: await rowOrder(table),
      sorted: await sortedHeaders(table),
    });
  }
  return all;
}

describe('the print view in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
    await addReport2021(session.page);
  });
  afterAll(async () => {
    await session.close();
  });

  it('sorting one table leaves the order of every other table alone', async () => {
    const { page, problems } = session;
    const printView = `${inject('baseUrl')}#/reports/${REPORT_2021}/print`;
    const applications = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    const appeals = page.getByRole('table', { name: /行政复议、行政诉讼情况/ });
    const open = async (url: string) => {
      await page.goto(url);
      await page.getByRole('button', { name: '打印或存为 PDF' }).waitFor();
      await appeals.waitFor();
    };
    await open(printView);
    const before = await everyTable(page);
    expect(before.length).toBeGreaterThanOrEqual(6);
    expect(before.every((t) => t.sorted.length === 0)).toBe(true);
    expect(await rowOrder(appeals)).toEqual([
      '行政复议',
      '行政诉讼 · 未经复议直接起诉',
      '行政诉讼 · 复议后起诉',
    ]);
    const isApplications = (t: { caption: string }) =>
      /收到和处理政府信息公开申请情况/.test(t.caption);

    // The applications table sorted by 总计 in the address: both tables have a 总计 column,
    // and used to share the name `t` there, so the appeals table sorted too.
    await open(`${printView}?t.sort=total.asc`);
    expect(await sortedHeaders(applications)).toHaveLength(1);
    expect((await everyTable(page)).filter((t) => !isApplications(t))).toEqual(
      before.filter((t) => !isApplications(t)),
    );

    // Sorting the appeals table from the keyboard (on paper the headers are not buttons, so
    // the mouse does not sort here) sorts it alone: 2, 4, 7 cases.
    const appealsTotal = appeals.getByRole('columnheader', { name: /^总计/ }).getByRole('button');
    const applicationsOrder = await rowOrder(applications);
    await appealsTotal.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => rowOrder(appeals))
      .toEqual(['行政诉讼 · 复议后起诉', '行政诉讼 · 未经复议直接起诉', '行政复议']);
    expect(page.url()).toContain('a.sort=total.asc');
    expect(page.url()).toContain('t.sort=total.asc');
    expect(await rowOrder(applications)).toEqual(applicationsOrder);
    const publications = (tables: typeof before) =>
      tables.filter((t) => /主动公开/.test(t.caption));
    expect(publications(await everyTable(page))).toEqual(publications(before));
    expect(problems).toEqual([]);
  });
});
