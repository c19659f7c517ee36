import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import type { Download, Locator, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseReport, parseReportText } from '../../src/report/parse-report.ts';
import { seedFile } from '../builders.ts';
import { openBrowser, type Session } from './browser.ts';

const SEED = 'liaocheng-nyncj-2020';
const STEM = '聊城市农业农村局-2020';
const out = join(tmpdir(), `xxgk-e2e-export-${process.pid}`);
const shots = 'reports/screenshots';

async function save(download: Download): Promise<Buffer> {
  const path = join(out, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

async function exportFrom(page: Page, scope: Locator, item: string): Promise<Download> {
  await scope.getByRole('button', { name: /^导出/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: item }).click(),
  ]);
  return download;
}

/** Grey level (0 white … 255 black) of the pixel at x, y. */
const ink = (png: PNG, x: number, y: number) => {
  const i = (png.width * y + x) * 4;
  return 255 - ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
};

/** The table as the reader sees it: header leaves, then each row's label and printed cells. */
function tableOnScreen(page: Page, name: RegExp) {
  return page.getByRole('table', { name }).evaluate((table) => {
    const text = (el: Element | null) => el?.textContent?.trim() ?? '';
    // Header cells span rows, so their DOM order is not their visual order; the filter row
    // has one input a visible column, left to right, each labelled with its column.
    const headers = [...table.querySelectorAll('.dt-filter-row input')].map(
      (input) => /“(.*)”/.exec(input.getAttribute('aria-label') ?? '')?.[1] ?? '',
    );
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      text(tr.querySelector('.dt-label')),
      ...[...tr.querySelectorAll('td')].map((td) =>
        td.querySelector('.dt-blank')
          ? ''
          : text(td.querySelector('.dt-printed, .dt-number, .dt-na, .dt-text')),
      ),
    ]);
    return { headers, rows };
  });
}

describe('exports in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
    mkdirSync(out, { recursive: true });
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('exports a chart as a PNG at 2× its size, with its Chinese title drawn in', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/applications`);
    const figure = page.locator('#applications-outcomes');
    await figure.locator('svg.recharts-surface').waitFor();
    const box = (await figure.boundingBox())!;

    const svgDownload = await exportFrom(page, figure, '下载 SVG 矢量图');
    expect(svgDownload.suggestedFilename()).toBe(`${STEM}-applications-outcomes.svg`);
    const svg = (await save(svgDownload)).toString('utf8');
    const [svgWidth, svgHeight] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [])
      .slice(1)
      .map(Number);

    const download = await exportFrom(page, figure, '下载 PNG 图片');
    expect(download.suggestedFilename()).toBe(`${STEM}-applications-outcomes.png`);
    const bytes = await save(download);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(2 * Math.round(box.width));
    expect([png.width, png.height]).toEqual([2 * svgWidth!, 2 * svgHeight!]);

    // Not blank: white background, and many different colours (slices, text, anti-aliasing).
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(50);
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

    // The title, 办理结果, is drawn where the static render puts it (18px bold, baseline 34, at
    // x 16; doubled): it matches the same text drawn by the browser in the same fonts far
    // better than boxes of the same size would.
    const band = { x: 0, y: 20, width: png.width, height: 60 };
    const rows: number[] = [];
    for (let y = band.y; y < band.y + band.height; y += 1) {
      for (let x = band.x; x < band.width; x += 1) rows.push(ink(png, x, y));
    }
    const score = await page.evaluate(
      ({ band, exported }) => {
        const render = (text: string) => {
          const canvas = document.createElement('canvas');
          canvas.width = band.width;
          canvas.height = band.y + band.height;
          const context = canvas.getContext('2d')!;
          context.fillStyle = '#fff';
          context.fillRect(0, 0, canvas.width, canvas.height);
          context.fillStyle = '#1f2933';
          context.font =
            "700 36px 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
          context.fillText(text, 32, 68);
          const { data } = context.getImageData(band.x, band.y, band.width, band.height);
          const grey: number[] = [];
          for (let i = 0; i < data.length; i += 4) {
            grey.push(255 - ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3);
          }
          return grey;
        };
        const difference = (a: number[]) =>
          a.reduce((sum, v, i) => sum + Math.abs(v - (exported[i] ?? 0)), 0) / a.length;
        return {
          same: difference(render('办理结果')),
          boxes: difference(render('\u25a1\u25a1\u25a1\u25a1')),
          other: difference(render('申请去向')),
          ink: exported.reduce((s, v) => s + v, 0) / exported.length,
        };
      },
      { band, exported: rows },
    );
    expect(score.ink).toBeGreaterThan(5);
    expect(score.same).toBeLessThan(score.boxes / 3);
    expect(score.same).toBeLessThan(score.other / 3);
    expect(score.same).toBeLessThan(3);
  });

  it('exports the PNG at 1× and 3× on request', async () => {
    const { page } = session;
    const figure = page.locator('#applications-by-applicant');
    const box = (await figure.boundingBox())!;
    for (const scale of [1, 3]) {
      await figure.getByRole('button', { name: /^导出/ }).click();
      await figure.getByRole('radio', { name: `${scale} 倍` }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: '下载 PNG 图片' }).click(),
      ]);
      const png = PNG.sync.read(await save(download));
      expect(png.width).toBe(scale * Math.round(box.width));
    }
  });

  it('exports a standalone SVG that parses as XML and holds title, report and source as text', async () => {
    const { page } = session;
    const figure = page.locator('#applications-flow');
    const download = await exportFrom(page, figure, '下载 SVG 矢量图');
    expect(download.suggestedFilename()).toBe(`${STEM}-applications-flow.svg`);
    const svg = (await save(download)).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error?.textContent ?? null,
        root: doc.documentElement.localName,
        viewBox: doc.documentElement.getAttribute('viewBox'),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(parsed.texts).toEqual(
      expect.arrayContaining([
        '申请的去向',
        '聊城市农业农村局 · 2020 年度',
        expect.stringMatching(/^数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》/),
      ]),
    );
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC/);
  });

  it('copies the PNG to the clipboard', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
    const figure = page.locator('#applications-outcomes');
    const box = (await figure.boundingBox())!;
    await figure.getByRole('button', { name: /^导出/ }).click();
    await figure.getByRole('button', { name: '复制 PNG 图片' }).click();
    await figure.getByText('已复制到剪贴板。').waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { width: bitmap.width, height: bitmap.height };
    });
    expect(copied.width).toBe(2 * Math.round(box.width));
    await page.keyboard.press('Escape');
  });

  it('exports the table on screen (sorted, filtered, a column hidden) as CSV and XLSX', async () => {
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) requested.push(r.url());
    });
    await page.goto(
      `${inject('baseUrl')}#/reports/${SEED}/applications?view=table&t.sort=person.desc&t.f.label=公开&t.hide=research`,
    );
    const name = /收到和处理政府信息公开申请情况/;
    await page.getByRole('table', { name }).waitFor();
    const screen = await tableOnScreen(page, name);
    expect(screen.rows.length).toBeGreaterThan(3);
    expect(screen.headers).not.toContain('科研机构');

    const region = page.locator('#applications');
    const csvDownload = await exportFrom(page, region, '下载 CSV（UTF-8）');
    expect(csvDownload.suggestedFilename()).toBe(`${STEM}-applications-table.csv`);
    const csvBytes = await save(csvDownload);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv: string[][] = parse(csvBytes, { bom: true });
    expect(csv[0]!.map((h) => h.split(' / ').at(-1))).toEqual(screen.headers);
    expect(csv[0]).toContain('法人或其他组织 / 商业企业');
    expect(csv.slice(1).map((r) => [r[0]!.split(' / ').at(-1), ...r.slice(1)])).toEqual(
      screen.rows,
    );
    expect(csv.map((r) => r[0])).toContain('三、本年度办理结果 / （三）不予公开');

    const before = new Set(requested);
    const xlsxDownload = await exportFrom(page, region, '下载 Excel 工作簿（XLSX）');
    expect(xlsxDownload.suggestedFilename()).toBe(`${STEM}-applications-table.xlsx`);
    const loaded = requested.filter((url) => !before.has(url));
    expect(loaded.length).toBeGreaterThan(0);
    const [sheet] = await readXlsxFile(await save(xlsxDownload));
    expect(sheet?.sheet).toBe('收到和处理政府信息公开申请情况');
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    expect(sheet!.data.map((row) => row.map(text))).toEqual(csv);
    const firstRow = sheet!.data[1]!;
    expect(typeof firstRow[1]).toBe('number');
  });

  it('downloads the whole report as JSON in the data format', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载报告数据（JSON）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${STEM}-report.json`);
    const parsed = parseReportText((await save(download)).toString('utf8'));
    const original = parseReport(seedFile());
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && original.ok && parsed.report).toEqual(original.ok && original.report);
  });

  it('prints the report compactly: every section with its tables and charts, its marks explained, its findings last, no navigation', async () => {
    const { page, problems } = session;
    const before = problems.length;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/overview`);
    await page.getByRole('link', { name: '打印视图' }).click();
    await page.getByRole('button', { name: '打印或存为 PDF' }).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.chart-placeholder').length === 0 &&
        document.querySelectorAll('.print-section svg.recharts-surface').length >= 6,
    );
    await page.screenshot({ path: `${shots}/print-view-screen.png`, fullPage: true });
    // The six sections, then the findings.
    expect(await page.locator('.print-section').count()).toBe(7);
    expect(await page.locator('.print-section table').count()).toBeGreaterThanOrEqual(7);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll(selector)].some(
          (el) => getComputedStyle(el).display !== 'none',
        );
      const sections = [...document.querySelectorAll('.print-section')];
      return {
        header: shown('.app-header'),
        toolbar: shown('.print-toolbar'),
        menus: shown('.xm'),
        tableTools: shown('.dt-toolbar'),
        breaks: sections.map((s) => getComputedStyle(s).breakBefore),
        headings: [...document.querySelectorAll('.print-section h1')].map((h) => h.textContent),
        legend: document.querySelector('.print-legend')?.textContent ?? '',
        flags: [...document.querySelectorAll('.print-section .dt-cell')].filter(
          (cell) => getComputedStyle(cell, '::after').content !== 'none',
        ).length,
        // A header is never one character a line: 其他 and 总计 print on one line. (Measured
        // with a copy of the label laid out in the header cell, as its printed text is.)
        brokenHeaders: [...document.querySelectorAll('.print-section thead .dt-header')].filter(
          (th) => {
            const label = th.getAttribute('data-label') ?? '';
            if (label.length > 2) return false;
            const probe = document.createElement('span');
            probe.textContent = label;
            th.append(probe);
            const lines = new Set([...probe.getClientRects()].map((r) => Math.round(r.top))).size;
            probe.remove();
            return lines > 1;
          },
        ).length,
        findings: document.querySelector('.print-findings-section')?.textContent ?? '',
        // A chart measures its width once: drawn wider than its figure, it would be cut off.
        overflowing: [...document.querySelectorAll('.print-section .ch-figure')].filter(
          (figure) => {
            const drawing = figure.querySelector('svg.recharts-surface');
            return (
              drawing &&
              drawing.getBoundingClientRect().right > figure.getBoundingClientRect().right
            );
          },
        ).length,
      };
    });
    expect(printed).toMatchObject({
      header: false,
      toolbar: false,
      menus: false,
      tableTools: false,
      overflowing: 0,
    });
    // Compact: sections follow one another; a table and its chart share a row.
    expect(printed.breaks).toEqual(['auto', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto']);
    expect(printed.headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '勾稽校验结果',
    ]);
    // Its marks explained, the checks' flags left to the findings it ends with.
    expect(printed.legend).toMatch(/“·”：报告此处空白/);
    expect(printed.flags).toBe(0);
    expect(printed.brokenHeaders).toBe(0);
    expect(printed.findings).toMatch(/错误 2/);
    expect(printed.findings).toMatch(/（一）予以公开 · 总计 为空，但分项之和为 3/);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    // Was 12 pages with every section on new pages and charts alone on them.
    expect(pages.length).toBeLessThanOrEqual(10);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(await page.title()).toContain('聊城市农业农村局');
    expect(problems.slice(before)).toEqual([]);

    // Pages as images for a person to look at, where poppler is installed.
    const pdfPath = join(out, 'print.pdf');
    await import('node:fs').then((fs) => fs.writeFileSync(pdfPath, pdf));
    try {
      execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, join(shots, 'print-page')]);
      expect(readdirSync(shots).filter((f) => f.startsWith('print-page')).length).toBe(
        pages.length,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  });
});
