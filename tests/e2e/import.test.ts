import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// The seed report as the agency's Word document saved as text, and the same in GBK.
const seedText = readFileSync('tests/fixtures/seed/liaocheng-nyncj-2020.txt');
const htmlReport = readFileSync('tests/fixtures/importer/html/donglin-county-2022.shtml');

describe('importing a report in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('imports a text and an HTML report through the page, saves them; after a reload both are listed, with their dashboards', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/import`);
    await page.getByRole('heading', { level: 1, name: '导入报告' }).waitFor();
    await page.locator('input[type=file]').setInputFiles([
      { name: '聊城农业农村局2020年报.txt', mimeType: 'text/plain', buffer: seedText },
      { name: 'donglin-county-2022.html', mimeType: 'text/html', buffer: htmlReport },
    ]);
    const card = page.getByRole('article', { name: '聊城农业农村局2020年报.txt' });
    await card.getByText('可以导入').waitFor();
    expect(
      await card.getByRole('region', { name: '识别出的表格' }).getByText('537余万元').count(),
    ).toBe(1);
    expect(
      await card
        .getByRole('region', { name: '原文' })
        .getByText(/第二十条第（九）项/)
        .count(),
    ).toBe(1);
    expect(await card.getByText(/勾稽校验: 2 个错误/).count()).toBe(1);
    const htmlCard = page.getByRole('article', { name: 'donglin-county-2022.html' });
    await htmlCard.getByText(/可以导入/).waitFor();
    expect(await htmlCard.getByText(/东林县人民政府 · 2022 · 2021 · 格式 html/).count()).toBe(1);
    await page.screenshot({ path: 'reports/screenshots/import-preview.png', fullPage: false });
    await page.getByRole('button', { name: '全部保存（2 份）' }).click();
    await htmlCard.getByRole('link', { name: '打开' }).waitFor();
    await card.getByRole('link', { name: '打开' }).waitFor();

    await page.reload();
    const saved = page.getByRole('region', { name: '已导入的报告' });
    await saved.getByRole('link', { name: '聊城市农业农村局 · 2020' }).waitFor();
    const options = await page
      .getByLabel('选择报告')
      .locator('optgroup[label="已导入"] option')
      .allTextContents();
    expect(options.sort()).toEqual(['东林县人民政府 · 2022', '聊城市农业农村局 · 2020']);

    await saved.getByRole('link', { name: '东林县人民政府 · 2022' }).click();
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    await page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('link', { name: '依申请公开' })
      .click();
    const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader', { name: '3.其他' }).count()).toBe(1);

    await page.goto(`${inject('baseUrl')}#/import`);
    await saved.getByRole('link', { name: '聊城市农业农村局 · 2020' }).click();
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    const card2 = page.locator('.stat-card', { hasText: '校验错误' });
    expect(await card2.locator('.stat-value').textContent()).toBe('2');
    expect(problems).toEqual([]);
  });

  it('deletes an imported report; the built-in ones stay', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/import`);
    const saved = page.getByRole('region', { name: '已导入的报告' });
    await saved.getByRole('link', { name: '聊城市农业农村局 · 2020' }).waitFor();
    page.on('dialog', (dialog) => void dialog.accept());
    const deletes = saved.getByRole('button', { name: /^删除/ });
    for (let left = await deletes.count(); left > 0; left -= 1) {
      await deletes.first().click();
      await expect.poll(() => deletes.count()).toBe(left - 1);
    }
    await saved.getByText('还没有导入的报告。').waitFor();
    await page.reload();
    await saved.getByText('还没有导入的报告。').waitFor();
    const builtin = await page
      .getByLabel('选择报告')
      .locator('optgroup[label="内置"] option')
      .allTextContents();
    const index = JSON.parse(readFileSync('public/data/reports/index.json', 'utf8')) as {
      reports: { agency: string; year: number }[];
    };
    expect(builtin).toEqual(index.reports.map((r) => `${r.agency} · ${r.year}`));
    expect(builtin).toContain('聊城市农业农村局 · 2020');
  });

  it('refuses a PDF with a clear message and saves nothing', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/import`);
    await page.locator('input[type=file]').setInputFiles([
      {
        name: 'report.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n1 0 obj\n'),
      },
    ]);
    const card = page.getByRole('article', { name: 'report.pdf' });
    await card.getByText('无法导入').waitFor();
    expect(await card.textContent()).toMatch(/PDF/);
    expect(await card.getByRole('button', { name: '保存' }).count()).toBe(0);
  });
});
