import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkZip, MAX_UNPACKED_BYTES } from '../../../src/importer/readers/zip-guard.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import { projectFile, seedFile } from '../../builders.ts';
import { expectOk, importBytes, importFile } from './import-file.ts';

const seedText = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8');
const embedded = () => {
  const { $schema: _drop, source: _source, ...rest } = seedFile() as Record<string, unknown>;
  return rest;
};

describe('zip bombs and broken Word files', () => {
  it('a zip that would unpack to far more than a report is refused before it is unpacked', async () => {
    const bomb = zipSync(
      { 'word/document.xml': new Uint8Array(MAX_UNPACKED_BYTES + 1024) },
      { level: 9 },
    );
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(checkZip(bomb)).toMatchObject({ ok: false, reason: 'ratio' });
    const result = await importBytes('bomb.docx', bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.en).toMatch(/zip bomb/);
  });

  it('many small entries adding up past the limit are refused too', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6000; i += 1) files[`f${i}.xml`] = new Uint8Array(1);
    expect(checkZip(zipSync(files, { level: 0 }))).toMatchObject({ ok: false, reason: 'too-many' });
  });

  it('a real Word report passes the guard', () => {
    const docx = new Uint8Array(
      readFileSync(projectFile('tests/fixtures/importer/docx/donglin-county-2022.docx')),
    );
    expect(checkZip(docx)).toMatchObject({ ok: true });
  });

  it('a .docx that is not a zip, and a zip cut in half, get clear messages', async () => {
    const notZip = await importBytes(
      'report.docx',
      new TextEncoder().encode('PK\u0003\u0004 this is not a zip'),
    );
    expect(notZip.ok).toBe(false);
    const docx = new Uint8Array(
      readFileSync(projectFile('tests/fixtures/importer/docx/donglin-county-2022.docx')),
    );
    const cut = await importBytes('cut.docx', docx.subarray(0, Math.floor(docx.byteLength / 2)));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.errors[0]?.en).toMatch(/zip|Word/);
  });
});

describe('text that arrives damaged', () => {
  it('mixed line endings (CRLF, CR, LF) import to the same report', async () => {
    const lines = seedText.split('\n');
    const mixed = lines
      .map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
      .join('');
    const result = expectOk(
      await importBytes('liaocheng-nyncj-2020.txt', new TextEncoder().encode(mixed)),
    );
    const { source: _s, ...imported } = result.report as Record<string, unknown>;
    expect(imported).toEqual(embedded());
  });

  it('GBK bytes in an HTML page that claims to be UTF-8 are still read', async () => {
    const html = readFileSync(
      projectFile('tests/fixtures/importer/html/donglin-county-2022.shtml'),
      'utf8',
    );
    expect(html).toContain('charset=utf-8');
    const gbk = new Uint8Array(iconv.encode(html, 'gbk'));
    const fromGbk = expectOk(await importBytes('donglin.html', gbk));
    const fromUtf8 = expectOk(
      await importFile('tests/fixtures/importer/html/donglin-county-2022.shtml'),
    );
    expect(fromGbk.report.sections).toEqual(fromUtf8.report.sections);
  });

  it('a report with no tables: the text is kept, every missing table is a located warning', async () => {
    const noTables = seedText.split('二、行政机关主动公开政府信息情况')[0] as string;
    const result = await importBytes('no-tables.txt', new TextEncoder().encode(noTables));
    if (result.ok) {
      expect(parseReport(result.report).ok).toBe(true);
      expect(result.warnings.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.report.sections.applications)).not.toMatch(/\d/);
    } else {
      expect(result.errors[0]?.en.length).toBeGreaterThan(0);
    }
  });

  it('a row with a cell missing and a row with a cell too many: no crash, nothing invented', async () => {
    const spoiled = seedText
      .replace('\t一、本年新收政府信息公开申请数量\n\t6\n', '\t一、本年新收政府信息公开申请数量\n')
      .replace(
        '\t二、上年结转政府信息公开申请数量\n\t0\n',
        '\t二、上年结转政府信息公开申请数量\n\t0\n\t9\n',
      );
    expect(spoiled).not.toBe(seedText);
    const result = await importBytes('spoiled.txt', new TextEncoder().encode(spoiled));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = JSON.stringify(result.report.sections.applications);
    // The value that was removed is not made up anywhere, and the extra 9 is not taken as data.
    expect(
      (result.report.sections.applications as { received: { person: unknown } }).received.person,
    ).not.toBe(6);
    expect(text).not.toContain('9');
  });
});
