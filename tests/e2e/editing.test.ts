import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// Correcting a report in the browser, from start to finish: the officer fills the blank 总计
// the checks complain about and saves an edited copy; the reviewer dismisses a finding with a
// note and downloads the review list. Everything survives a reload.

const SEED = 'liaocheng-nyncj-2020';
const COPY = `${SEED}-edited`;
const out = join(tmpdir(), `xxgk-e2e-editing-${process.pid}`);

const checksStatus = (page: Page) => page.locator('.editor-checks').textContent();

async function save(download: Download): Promise<Buffer> {
  const path = join(out, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

describe('editing a built-in report in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 900 });
    mkdirSync(out, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('fills the blank 总计 of （一）予以公开: 2 errors become 0; saved, reloaded, the copy has two versions and the built-in report is unchanged', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/edit`);
    await page.getByRole('heading', { level: 1, name: '编辑报告' }).waitFor();
    await expect.poll(() => checksStatus(page)).toMatch(/错误 2 · 警告 24/);

    const total = page.getByRole('textbox', { name: '（一）予以公开 · 总计', exact: true });
    expect(await total.getAttribute('aria-invalid')).toBe('true');
    await total.click();
    await page.keyboard.type('3');
    await expect.poll(() => checksStatus(page)).toMatch(/错误 0 · 警告 24/);
    expect(await total.getAttribute('aria-invalid')).toBeNull();
    // Enter moves down, as in a spreadsheet: to （二）部分公开's 总计.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 总计',
    );

    await page.getByRole('button', { name: '另存为编辑副本' }).click();
    await page.waitForURL(new RegExp(`#/reports/${COPY}/edit\\?saved=2$`));
    await page.getByText('已保存为第 2 版。').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '编辑报告' }).waitFor();
    await expect.poll(() => checksStatus(page)).toMatch(/错误 0 · 警告 24/);
    expect(await total.inputValue()).toBe('3');
    // The switcher shows the copy among the saved reports, marked as edited.
    const copyOption = page.locator(`option[value="${COPY}"]`);
    expect(await copyOption.textContent()).toBe('聊城市农业农村局 · 2020 · 已编辑');
    expect(await copyOption.evaluate((o) => o.parentElement?.getAttribute('label'))).toBe('已导入');

    await page.getByRole('link', { name: /^版本记录/ }).click();
    await page.getByRole('heading', { level: 1, name: '版本记录' }).waitFor();
    const versions = page.locator('.version-item');
    expect(await versions.count()).toBe(2);
    const second = page.getByRole('listitem', { name: /^第 2 版/ });
    expect(await second.textContent()).toMatch(/当前版本/);
    expect(await second.textContent()).toMatch(/（一）予以公开 · 总计：（空） → 3/);
    expect(await page.getByRole('listitem', { name: /^第 1 版/ }).textContent()).toMatch(
      /内置报告原文/,
    );

    // The built-in report is as it was.
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    const card = page.getByRole('link', { name: /校验错误/ });
    await expect.poll(() => card.textContent()).toMatch(/^校验错误2/);
    await page.goto(`${inject('baseUrl')}#/reports/${COPY}/overview`);
    await expect.poll(() => card.textContent()).toMatch(/^校验错误0/);
    expect(problems).toEqual([]);
  });

  it('dismisses a finding with a note, which a reload keeps; the review list downloads as CSV and XLSX', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${COPY}/checks`);
    await page.getByRole('heading', { level: 1, name: '勾稽校验' }).waitFor();
    await page.getByText('全部校验通过').waitFor({ state: 'detached' });
    const finding = page
      .getByRole('listitem')
      .filter({ hasText: '「行政诉讼 · 复议后起诉」整行未填写' });
    await finding.getByRole('button', { name: '不是问题…' }).click();
    await finding
      .getByLabel('不是问题的理由（必填）')
      .fill('本年度没有复议后起诉的案件，按零件理解');
    await finding.getByRole('button', { name: '保存为“不是问题”' }).click();
    await finding.getByText('本年度没有复议后起诉的案件，按零件理解').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '勾稽校验' }).waitFor();
    await finding.getByText('本年度没有复议后起诉的案件，按零件理解').waitFor();
    expect(await page.locator('.decisions-summary').textContent()).toBe(
      '已确认 0 · 不是问题 1 · 待处理 23',
    );

    await page.getByRole('link', { name: /^问题清单/ }).click();
    await page.getByRole('heading', { level: 1, name: '问题清单' }).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV', exact: true }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('聊城市农业农村局-2020-review.csv');
    const rows = parse((await save(csv)).toString('utf8').replace(/^\ufeff/, '')) as string[][];
    expect(rows[0]).toEqual([
      '序号',
      '严重程度',
      '表格',
      '行',
      '列',
      '数值',
      '问题',
      '处理',
      '说明',
    ]);
    expect(rows).toHaveLength(1 + 24);
    const dismissed = rows.find((r) => r[3] === '行政诉讼 · 复议后起诉');
    expect(dismissed?.slice(1)).toEqual([
      '警告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政诉讼 · 复议后起诉',
      '',
      '',
      '「行政诉讼 · 复议后起诉」整行未填写',
      '不是问题',
      '本年度没有复议后起诉的案件，按零件理解',
    ]);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel', exact: true }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('聊城市农业农村局-2020-review.xlsx');
    const [sheet] = await readXlsxFile(await save(xlsx));
    expect(sheet?.sheet).toBe('问题清单');
    expect(sheet?.data).toHaveLength(1 + 24);
    expect(sheet?.data.find((r) => r[3] === '行政诉讼 · 复议后起诉')?.[8]).toBe(
      '本年度没有复议后起诉的案件，按零件理解',
    );

    // Printed: the list and its report's name, without the buttons and the navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.review-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.section-nav').isVisible()).toBe(false);
    expect(await page.locator('.review-table tbody tr:visible').count()).toBe(24);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });
});
