import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const out = join(tmpdir(), `xxgk-e2e-library-${process.pid}`);
const shots = 'reports/screenshots';
const COMPARE =
  '#/compare?reports=hongze-district-gov-2023~hongze-district-gov-2024~huaian-city-gov-2024';

describe('many reports in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    mkdirSync(shots, { recursive: true });
    session = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('opens the library from the header, goes to 洪泽区’s years, compares three reports, sorts and downloads the CSV', async () => {
    const { page, problems } = session;
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    await page.getByRole('link', { name: '报告库' }).click();
    const library = page.getByRole('table', { name: '全部报告' });
    await library.waitFor();
    expect(page.url()).toMatch(/#\/reports$/);
    expect(await library.locator('tbody tr').count()).toBe(5);
    await page.screenshot({ path: `${shots}/library.png`, fullPage: true });

    await library.getByRole('link', { name: '淮安市洪泽区人民政府 的历年报告' }).click();
    await page.getByRole('heading', { level: 1, name: '淮安市洪泽区人民政府' }).waitFor();
    const years = page.getByRole('region', { name: '各年度' });
    expect(await years.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^2023 年度 · 洪泽区人民政府/),
      expect.stringMatching(/^2024 年度 · 淮安市洪泽区人民政府/),
    ]);
    await page.getByRole('region', { name: '跨年度校验' }).getByText('两条规则都成立。').waitFor();
    // Every trend chart drawn, each with its export menu.
    const charts = page.locator('.trend-charts figure');
    await expect
      .poll(() => charts.locator('svg.recharts-surface').count(), { timeout: 20_000 })
      .toBe(7);
    await page.screenshot({ path: `${shots}/agency-years.png`, fullPage: true });

    await page.goto(`${inject('baseUrl')}${COMPARE}`);
    const table = page.getByRole('table', { name: '比较的报告' });
    await table.waitFor();
    const names = () => table.locator('tbody th .dt-label').allTextContents();
    expect(await names()).toEqual([
      '洪泽区人民政府 2023 年度',
      '淮安市洪泽区人民政府 2024 年度',
      '淮安市人民政府 2024 年度',
    ]);
    // Sorting by 本年新收: ascending, then descending.
    const sort = table.getByRole('button', { name: /^本年新收/ });
    await sort.click();
    await sort.click();
    await expect
      .poll(names)
      .toEqual([
        '淮安市人民政府 2024 年度',
        '淮安市洪泽区人民政府 2024 年度',
        '洪泽区人民政府 2023 年度',
      ]);
    expect(page.url()).toContain('c.sort=received.desc');
    expect(page.url()).toContain(
      'reports=hongze-district-gov-2023~hongze-district-gov-2024~huaian-city-gov-2024',
    );

    const toolbar = page.locator('#compare');
    await toolbar.getByRole('button', { name: /^导出/ }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      toolbar.getByRole('button', { name: '下载 CSV（UTF-8）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('xxgk-compare.csv');
    const path = join(out, download.suggestedFilename());
    await download.saveAs(path);
    const records = parse(readFileSync(path, 'utf8').replace(/^\ufeff/, '')) as string[][];
    const header = records[0] ?? [];
    expect(header[0]).toBe('报告');
    const received = header.indexOf('申请（件） / 本年新收');
    const rate = header.indexOf('占比（%） / 实质公开率（%）');
    expect(received).toBeGreaterThan(0);
    expect(rate).toBeGreaterThan(0);
    expect(records.slice(1).map((r) => [r[0], r[received], r[rate]])).toEqual([
      ['淮安市人民政府 2024 年度', '3119', '59.5'],
      ['淮安市洪泽区人民政府 2024 年度', '95', '62.1'],
      ['洪泽区人民政府 2023 年度', '21', '19'],
    ]);
    // The ranking chart leaves as an image, like every chart.
    const ranking = page.getByRole('figure', { name: '排名：实质公开率（%）' });
    await ranking.locator('svg.recharts-surface').waitFor();
    await ranking.getByRole('button', { name: /^导出/ }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      ranking.getByRole('button', { name: '下载 PNG 图片' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('compare-disclosureRate-ranking.png');
    const pngPath = join(out, png.suggestedFilename());
    await png.saveAs(pngPath);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
    await page.screenshot({ path: `${shots}/compare.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('fits a phone: the library and the comparison at 375 px scroll inside their tables', async () => {
    const phone = await openBrowser({ width: 375, height: 800 });
    try {
      await phone.page.goto(`${inject('baseUrl')}#/reports`);
      await phone.page.getByRole('table', { name: '全部报告' }).waitFor();
      const overflow = () =>
        phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await phone.page.screenshot({ path: `${shots}/library-375.png`, fullPage: true });
      await phone.page.goto(`${inject('baseUrl')}${COMPARE}`);
      await phone.page.getByRole('table', { name: '比较的报告' }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
