import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Session } from './browser.ts';

// PDFs on the Import page of the production build, under its Content-Security-Policy: pdf.js
// loads with the first PDF and parses in its own worker; CMaps are fetched only for a font
// that needs one.

const corpusPdf = readFileSync('tests/fixtures/corpus/huaian-city-gov-2024.pdf');
const fixture = (name: string) => readFileSync(`tests/fixtures/importer/pdf/${name}`);

/** Drops a file on the page's drop zone, as a person dragging it from a folder does. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, mime }) => {
      const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName, { type: mime }));
      return transfer;
    },
    { base64: bytes.toString('base64'), fileName: name, mime: type },
  );
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

describe('importing PDF reports in Chromium', () => {
  let session: Session;
  const workers: string[] = [];
  const requests: string[] = [];
  beforeAll(async () => {
    session = await openBrowser();
    session.page.on('worker', (worker) => workers.push(worker.url()));
    session.page.on('request', (request) => requests.push(request.url()));
  });
  afterAll(async () => {
    await session.close();
  });

  it('drops a published PDF on the Import page, saves it and opens its dashboard', async () => {
    const { page, problems } = session;
    await page.goto(`${inject('baseUrl')}#/import`);
    await page.getByRole('heading', { level: 1, name: '导入报告' }).waitFor();
    expect(requests.filter((url) => /pdf/i.test(url))).toEqual([]);

    await dropFile(page, 'huaian-city-gov-2024.pdf', corpusPdf, 'application/pdf');
    const card = page.getByRole('article', { name: 'huaian-city-gov-2024.pdf' });
    await card.getByText('可以导入，有 1 条提醒').waitFor({ timeout: 30_000 });
    expect(await card.getByText(/淮安市人民政府 · 2024 · 2021 · 格式 pdf/).count()).toBe(1);
    // The warning says on which page it looked.
    expect(await card.locator('.issue-where').first().textContent()).toMatch(/第 6 页 · 第 \d+ 行/);
    const preview = card.getByRole('region', { name: '识别出的表格' });
    expect(await preview.getByText('447228').count()).toBe(1);
    expect(
      await card
        .getByRole('region', { name: '原文' })
        .getByText(/第 5 页/)
        .count(),
    ).toBe(1);
    // pdf.js parsed in its own worker, a file of the app; its text fonts needed no CMap.
    expect(workers.some((url) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => /\.bcmap$/.test(url))).toEqual([]);

    await card.getByRole('button', { name: '保存' }).click();
    await card.getByRole('link', { name: '打开' }).click();
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    await page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('link', { name: '依申请公开' })
      .click();
    const table = page.getByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    await table.waitFor();
    const received = table.getByRole('row', { name: /一、本年新收政府信息公开申请数量/ });
    expect(await received.textContent()).toMatch(/3,?001.*53.*61.*4.*3,?119/);
    // The page's charts load before the next test leaves it.
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  it('on a plain static server under a sub-path: a font that needs a CMap fetches it, a scan is refused with its page count', async () => {
    const { page, problems } = session;
    const base = inject('subpathUrl');
    await page.goto(`${base}#/import`);
    const before = problems.length;
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("worker-src 'self'");
    await page.locator('input[type=file]').setInputFiles([
      {
        name: 'cjk-font-not-embedded.pdf',
        mimeType: 'application/pdf',
        buffer: fixture('cjk-font-not-embedded.pdf'),
      },
      {
        name: 'scanned-2-pages.pdf',
        mimeType: 'application/pdf',
        buffer: fixture('scanned-2-pages.pdf'),
      },
    ]);
    const cjk = page.getByRole('article', { name: 'cjk-font-not-embedded.pdf' });
    await cjk.getByText(/可以导入/).waitFor({ timeout: 30_000 });
    expect(await cjk.getByText(/南山县统计局 · 2023/).count()).toBe(1);
    expect(requests).toContain(`${base}pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
    const scan = page.getByRole('article', { name: 'scanned-2-pages.pdf' });
    await scan.getByText('无法导入').waitFor({ timeout: 30_000 });
    expect(await scan.textContent()).toMatch(/这份 PDF 共 2 页，但没有文字层/);
    expect(await scan.getByRole('button', { name: '保存' }).count()).toBe(0);
    expect(problems.slice(before)).toEqual([]);
  });
});
