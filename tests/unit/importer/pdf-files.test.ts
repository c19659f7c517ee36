import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/importer/readers/read-pdf.ts';
import type { RowBlock } from '../../../src/importer/source-document.ts';
import { projectFile } from '../../builders.ts';
import { cellAccuracy, percent } from './cell-accuracy.ts';
import { expectOk, importBytes, importFile, readJson } from './import-file.ts';

// PDFs made for the tests (scripts/gen-pdf-fixtures.ts): the HTML fixtures printed by
// Chromium, in both templates (embedded CJK fonts, a running header, a page-number footer, a
// table 三 that splits across pages by itself, cells left blank in table 三 and 四), an
// image-only PDF, a notice, a report in a font that is not embedded, a password-protected one.
const dir = 'tests/fixtures/importer/pdf';
const bytesOf = (path: string) => new Uint8Array(readFileSync(projectFile(path)));

const printed = [
  { name: 'donglin-county-2022', template: '2021', pages: 3 },
  { name: 'xihe-jyj-2020', template: '2019', pages: 3 },
] as const;

describe.each(printed)('the $template-format report $name printed to PDF', ({ name, pages }) => {
  const expected = readJson(`tests/fixtures/importer/expected/${name}.json`) as Record<
    string,
    unknown
  >;

  it('imports exactly what its web page holds: every cell, blank or not, and every paragraph', async () => {
    const result = expectOk(await importFile(`${dir}/${name}.pdf`));
    expect(result.format).toBe('pdf');
    expect(result.warnings).toEqual([]);
    expect(result.report).toEqual({ ...expected, source: { file: `${name}.pdf` } });
    console.log(`printed PDF ${name}: ${percent(cellAccuracy(result.report, expected))}`);
  });

  it('reads table 三 from two pages, with no running header or page number in between', async () => {
    const reading = await readPdf(bytesOf(`${dir}/${name}.pdf`));
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.pages).toBe(pages);
    const rows = reading.document.blocks.filter((b): b is RowBlock => b.kind === 'row');
    const pageOf = (label: RegExp) =>
      rows.find((row) => row.cells.some((cell) => label.test(cell.text)))?.location.page;
    const first = pageOf(/本年新收/);
    expect(first).toBeDefined();
    expect(pageOf(/结转下年度/)).toBe((first as number) + 1);
    // Each page printed "<title>" at its top and "第 n 页 共 3 页" at its foot.
    const title = String(expected.agency && (expected.agency as { name: string }).name);
    expect(reading.text).not.toMatch(/共\s*3\s*页/);
    expect(reading.text.split('\n').filter((line) => line.startsWith(`${title}20`))).toEqual([]);
  });
});

describe('the 2021-format report printed on Letter paper with wide margins', () => {
  it('gives each row its own label: four-line labels beside one-line rows, cells without padding', async () => {
    const expected = readJson(
      'tests/fixtures/importer/expected/donglin-county-2022.json',
    ) as Record<string, unknown>;
    const result = expectOk(await importFile(`${dir}/donglin-county-2022-letter.pdf`));
    expect(cellAccuracy(result.report, expected).wrong).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('PDF bytes', () => {
  it('are read from a Node Buffer as from a Uint8Array, and left as they were', async () => {
    const buffer = readFileSync(projectFile(`${dir}/cjk-font-not-embedded.pdf`));
    const before = Buffer.from(buffer);
    const result = expectOk(await importBytes('report.pdf', buffer));
    expect(result.report.agency.name).toBe('南山县统计局');
    expect(buffer.equals(before)).toBe(true);
  });
});

describe('PDFs that cannot give a report', () => {
  it('an image-only PDF (a scan): one message, with its page count', async () => {
    const result = await importFile(`${dir}/scanned-2-pages.pdf`);
    if (result.ok) throw new Error('a scan imported');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.zh).toMatch(/^这份 PDF 共 2 页，但没有文字层.*扫描件/);
    expect(result.errors[0]?.en).toMatch(/^This PDF has 2 pages but no text layer.*scan/);
  });

  it('a password-protected PDF says so', async () => {
    const result = await importFile(`${dir}/password-protected.pdf`);
    if (result.ok) throw new Error('an encrypted PDF imported');
    expect(result.errors.map((e) => e.en)).toEqual([
      expect.stringMatching(/^This PDF is password-protected \(it needs a password to open\)/),
    ]);
    expect(result.errors[0]?.zh).toMatch(/^这份 PDF 加了密码保护/);
  });

  it('a damaged PDF (a download cut short, or junk after the header) says it is damaged', async () => {
    const whole = bytesOf('tests/fixtures/corpus/huaian-city-gov-2024.pdf');
    const cut = await importBytes('cut.pdf', whole.slice(0, Math.floor(whole.length * 0.6)));
    const junk = await importBytes(
      'junk.pdf',
      new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}`),
    );
    for (const result of [cut, junk]) {
      if (result.ok) throw new Error('a damaged PDF imported');
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.en).toMatch(/^This PDF is damaged and cannot be read/);
      expect(result.errors[0]?.zh).toMatch(/^这份 PDF 已损坏/);
    }
  });

  it('a PDF that is not a report is refused as any file holding none is', async () => {
    const pdf = await importFile(`${dir}/not-a-report.pdf`);
    const text = await importBytes(
      'notice.txt',
      new TextEncoder().encode('关于召开2024年度工作会议的通知\n各科室：请准时参加。\n'),
    );
    if (pdf.ok || text.ok) throw new Error('a notice imported');
    expect(pdf.errors).toEqual(text.errors);
    expect(pdf.errors[0]?.en).toMatch(/^The file holds no report at all/);
  });
});

describe('a report whose Chinese font is not embedded (STSong-Light)', () => {
  it('is read through the CMap the font names: agency, year, sections', async () => {
    const result = expectOk(await importFile(`${dir}/cjk-font-not-embedded.pdf`));
    expect(result.format).toBe('pdf');
    expect(result.report.agency.name).toBe('南山县统计局');
    expect(result.report.year).toBe(2023);
    expect(result.report.sections.overview?.paragraphs).toEqual([
      '2023年，南山县统计局依法公开统计信息，全年主动公开政府信息58条。',
    ]);
    expect(result.report.sections.other?.paragraphs).toEqual(['本年度未收取信息处理费。']);
    // It prints no tables: each is said to be missing, on the page it was looked for on.
    const missing = result.warnings.filter((w) => /was found; the whole table/.test(w.en));
    expect(missing).toHaveLength(3);
    expect(missing.every((w) => w.location?.page === 1)).toBe(true);
  });
});
