import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/importer/readers/read-pdf.ts';
import { type RowBlock, blockText } from '../../../src/importer/source-document.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { projectFile } from '../../builders.ts';
import { cellAccuracy, percent, tableCells } from './cell-accuracy.ts';
import { expectOk, importFile, readJson } from './import-file.ts';

// The three real reports as published, as PDFs: read by pdf.js from their text items'
// positions, against every cell transcribed by hand from the PDFs' page images
// (tests/fixtures/corpus/*.expected.json, whose notes say which page each table is on).
const corpus = [
  { name: 'hongze-district-gov-2023', pages: 5, single: true, table3: [3, 4] },
  { name: 'hongze-district-gov-2024', pages: 5, single: true, table3: [3, 4] },
  { name: 'huaian-city-gov-2024', pages: 6, single: false, table3: [4, 5] },
] as const;

interface Expected {
  agency: { name: string };
  year: number;
  template: string;
}

const pdfBytes = (name: string) =>
  new Uint8Array(readFileSync(projectFile(`tests/fixtures/corpus/${name}.pdf`)));

type Section = { paragraphs: string[] } | undefined;
const sectionText = (report: ReportFile, key: 'overview' | 'problems' | 'other') =>
  ((report.sections as Record<string, Section>)[key]?.paragraphs ?? []).join('');

describe.each(corpus)('importing the published PDF $name', ({ name, pages, single, table3 }) => {
  const load = () => importFile(`tests/fixtures/corpus/${name}.pdf`);
  const expected = readJson(`tests/fixtures/corpus/${name}.expected.json`) as Expected;

  it('recognises the report: a PDF, its template, agency, year and id', async () => {
    const result = expectOk(await load());
    expect(result.format).toBe('pdf');
    expect(result.report.template).toBe(expected.template);
    expect(result.report.agency.name).toBe(expected.agency.name);
    expect(result.report.year).toBe(expected.year);
    expect(result.report.id).toBe(name);
  });

  it('reads every cell of the three tables as transcribed by hand, and none more', async () => {
    const result = expectOk(await load());
    const accuracy = cellAccuracy(result.report, expected);
    console.log(`corpus PDF ${name}: ${percent(accuracy)}`);
    expect(accuracy.expected).toBeGreaterThan(150);
    expect(accuracy.wrong).toEqual([]);
    expect([...tableCells(result.report).keys()].sort()).toEqual(
      [...tableCells(expected).keys()].sort(),
    );
  });

  it(`keeps （六）其他处理 as printed: ${single ? 'the old single row' : 'three rows'}`, async () => {
    const { report } = expectOk(await load());
    const otherHandling = (report.sections.applications?.results as Record<string, object>)
      .otherHandling as Record<string, unknown>;
    expect('person' in otherHandling).toBe(single);
  });

  it('warns of nothing but the missing date, pointing to the last page', async () => {
    const { warnings } = expectOk(await load());
    expect(warnings.map((w) => w.en)).toEqual([
      'No publication date was found at the end of the report; publishedOn is left out',
    ]);
    expect(warnings[0]?.location?.page).toBe(pages);
    expect(warnings[0]?.location?.line).toBeGreaterThan(0);
  });

  it('holds the six sections’ text as another extraction of the same PDF does', async () => {
    // pypdf's text of the same file (tests/fixtures/importer/corpus): the same words, whatever
    // the paragraph breaks (the PDF's indents start paragraphs pypdf's text cannot show).
    const { report } = expectOk(await load());
    const other = expectOk(await importFile(`tests/fixtures/importer/corpus/${name}.pdftext.txt`));
    for (const key of ['overview', 'problems', 'other'] as const) {
      expect(sectionText(report, key).length).toBeGreaterThan(20);
      expect(sectionText(report, key)).toBe(sectionText(other.report, key));
    }
    expect(report.title).toBe(other.report.title);
    expect(report.preamble).toEqual(other.report.preamble);
  });

  it(`reads table 三 across its page break (pages ${table3.join(' and ')})`, async () => {
    const reading = await readPdf(pdfBytes(name));
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.pages).toBe(pages);
    const rows = reading.document.blocks.filter((b): b is RowBlock => b.kind === 'row');
    const pageOf = (label: RegExp) =>
      rows.find((row) => row.cells.some((cell) => label.test(cell.text)))?.location.page;
    expect(pageOf(/本年新收/)).toBe(table3[0]);
    expect(pageOf(/结转下年度/)).toBe(table3[1]);
    // Page numbers ("- 4 -") are not text of the report: neither a line nor a row.
    const printedNumbers = reading.document.blocks.filter((b) =>
      /^-\s*\d+\s*-$/.test(blockText(b)),
    );
    expect(printedNumbers).toEqual([]);
  });
});
