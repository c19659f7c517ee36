import { describe, expect, it } from 'vitest';
import { cellAccuracy, percent } from './cell-accuracy.ts';
import { expectOk, importFile, readJson } from './import-file.ts';

// Made-up reports in the official layout, one per template (scripts/gen-importer-fixtures.ts):
// a UTF-8 page inside a layout table and a GB2312-declared page, each also as a .docx with
// merged cells. Every cell, and all the text around the tables, must come back.
const fixtures = [
  { name: 'donglin-county-2022', template: '2021', htmlEncoding: 'utf-8' },
  { name: 'xihe-jyj-2020', template: '2019', htmlEncoding: 'gb18030' },
] as const;

describe.each(fixtures)('the $template-format report $name', ({ name, template, htmlEncoding }) => {
  const expected = readJson(`tests/fixtures/importer/expected/${name}.json`) as Record<
    string,
    unknown
  >;

  it('imports from the web page exactly, every cell and paragraph', async () => {
    const result = expectOk(await importFile(`tests/fixtures/importer/html/${name}.shtml`));
    expect(result.format).toBe('html');
    expect(result.encoding).toBe(htmlEncoding);
    expect(result.warnings).toEqual([]);
    expect(result.report).toEqual({ ...expected, source: { file: `${name}.shtml` } });
    console.log(`html ${name}: ${percent(cellAccuracy(result.report, expected))}`);
  });

  it('imports from the Word file (merged cells) exactly', async () => {
    const result = expectOk(await importFile(`tests/fixtures/importer/docx/${name}.docx`));
    expect(result.format).toBe('docx');
    expect(result.encoding).toBeUndefined();
    expect(result.warnings).toEqual([]);
    expect(result.report).toEqual({ ...expected, source: { file: `${name}.docx` } });
    console.log(`docx ${name}: ${percent(cellAccuracy(result.report, expected))}`);
  });

  it(`is read as template ${template}`, async () => {
    const { report } = expectOk(await importFile(`tests/fixtures/importer/html/${name}.shtml`));
    expect(report.template).toBe(template);
  });
});
