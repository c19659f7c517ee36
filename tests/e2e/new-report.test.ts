import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// An officer types their own report into the blank tables of either template, sees it
// checked, downloads it (JSON, the national tables as XLSX, the tables as HTML for Word) and
// saves it, then sees it as a report with its charts.

const out = join(tmpdir(), `xxgk-e2e-new-report-${process.pid}`);

async function saved(download: Download): Promise<Buffer> {
  const path = join(out, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

async function download(page: Page, name: string): Promise<Download> {
  const menu = page.locator('.editor-downloads');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return file;
}

const checksStatus = (page: Page) => page.locator('.editor-checks').textContent();

describe('a new report in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 900 });
    mkdirSync(out, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const template of ['2021', '2019'] as const) {
    it(`types the ${template} template in, downloads JSON, XLSX and HTML, and saves it`, async () => {
      const { page, problems } = session;
      const agency = `测试县${template}人民政府`;
      await page.goto(`${inject('baseUrl')}#/reports/new?template=${template}`);
      await page.getByRole('heading', { level: 1, name: '新建报告' }).waitFor();
      const current = page.locator('.editor-templates [aria-current="page"]');
      expect(await current.textContent()).toBe(`${template} 年版`);

      await page.getByLabel('机关名称').fill(agency);
      await page.getByLabel('统计年度').fill('2024');
      const own = page.getByRole('textbox', { name: '（一）予以公开 · 自然人', exact: true });
      await own.click();
      await page.keyboard.type('5');
      // Tab goes on to the next cell, as in a spreadsheet.
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      const total = page.getByRole('textbox', { name: '（一）予以公开 · 总计', exact: true });
      await total.click();
      await page.keyboard.type('7');
      // 总计 7 is not 自然人 5 + 商业企业 1: the row's total is an error, named by its labels.
      await expect.poll(() => checksStatus(page)).toMatch(/错误 [1-9]/);
      expect(await page.locator('.editor-findings').textContent()).toMatch(
        /「（一）予以公开」行的总计/,
      );
      await total.fill('6');
      await expect
        .poll(async () =>
          page
            .locator('.editor-findings')
            .textContent()
            .catch(() => ''),
        )
        .not.toMatch(/「（一）予以公开」行的总计/);

      const json = JSON.parse((await saved(await download(page, 'JSON（报告数据）'))).toString());
      expect(json.agency.name).toBe(agency);
      expect(json.template).toBe(template);
      expect(json.year).toBe(2024);
      expect(json.sections.applications.results.granted.person).toBe(5);
      expect(json.sections.applications.results.granted.business).toBe(1);
      expect(json.sections.applications.results.granted.total).toBe(6);

      const sheets = await readXlsxFile(await saved(await download(page, 'Excel（三张表）')));
      // The three national tables, then the checks.
      expect(sheets.map((s) => s.sheet).slice(0, 3)).toEqual([
        '二、主动公开',
        '三、收到和处理申请',
        '四、复议诉讼',
      ]);
      const applications = sheets[1]?.data ?? [];
      const granted = applications.find((row) =>
        row.some((v) => String(v ?? '').includes('（一）予以公开')),
      );
      expect(granted?.filter((v) => v !== null && v !== '')).toEqual(
        expect.arrayContaining([5, 1, 6]),
      );

      const html = (await saved(await download(page, '网页表格（可粘贴到 Word）'))).toString();
      expect(html).toMatch(/<table/);
      expect(html).toContain(agency);
      expect(html).toContain('（一）予以公开');

      await page.getByRole('button', { name: '保存到本机' }).click();
      await page.waitForURL(/#\/reports\/[^/]+\/edit\?saved=1$/);
      await page.getByText('已保存为第 1 版。').waitFor();
      await page.getByRole('link', { name: '查看报告与图表' }).click();
      await page.locator('#report-name').getByText(agency).waitFor();
      await page.getByRole('link', { name: '依申请公开', exact: true }).click();
      await page.locator('.recharts-surface').first().waitFor();
      expect(problems).toEqual([]);
    });
  }
});
