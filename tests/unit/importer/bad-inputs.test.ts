import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importReport, MAX_BYTES } from '../../../src/importer/import-report.ts';
import type { ImportResult } from '../../../src/importer/import-issue.ts';
import { projectFile } from '../../builders.ts';
import { expectOk, importText, type TestImport } from './import-file.ts';

// Every file that is not a report, or not all of one, gets a message that says what it is
// and what to do, in both languages; nothing throws.

const seedText = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8');

function errorsOf(result: ImportResult | TestImport): { zh: string; en: string }[] {
  if (result.ok) throw new Error('expected the import to fail');
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors.map(({ zh, en }) => ({ zh, en }));
}

const bytes = (...values: number[]) => new Uint8Array(values);

/** Reproducible random bytes (a linear congruential generator). */
function junk(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('files that are not a report', () => {
  it('an empty file', async () => {
    const [error] = errorsOf(await importReport({ name: 'empty.txt', bytes: bytes() }));
    expect(error).toEqual({ zh: '文件是空的', en: 'The file is empty' });
  });

  it('a file of blank space only', async () => {
    const [error] = errorsOf(await importText('blank.txt', ' \n\t\u3000\n'));
    expect(error?.en).toMatch(/empty/);
  });

  it('binary junk', async () => {
    const [error] = errorsOf(await importReport({ name: 'junk.bin', bytes: junk(4096) }));
    expect(error?.en).toMatch(/not a text file/);
    expect(error?.zh).toMatch(/不是文本文件/);
  });

  it('a PDF with no structure that can be read: damaged, and what to do instead', async () => {
    const pdf = strToU8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n');
    const errors = errorsOf(await importReport({ name: 'report.pdf', bytes: pdf }));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.en).toMatch(
      /^This PDF is damaged and cannot be read.*Download the file again/,
    );
    expect(errors[0]?.zh).toMatch(/^这份 PDF 已损坏，无法读取/);
  });

  it('a file over 20 MB, with the limit in the message', async () => {
    const big = new Uint8Array(MAX_BYTES + 1);
    const [error] = errorsOf(await importReport({ name: 'big.txt', bytes: big }));
    // Just over the limit, and the message shows it: not "20.0 MB, the limit is 20 MB".
    expect(error?.en).toBe(
      'The file is too large (20.01 MB, 20,971,521 bytes); the limit is 20 MB (20,971,520 bytes)',
    );
    const [large] = errorsOf(
      await importReport({ name: 'big.txt', bytes: new Uint8Array(21_000_000) }),
    );
    expect(large?.zh).toBe(
      '文件太大（20.03 MB，21,000,000 字节），上限是 20 MB（20,971,520 字节）',
    );
    expect(error?.zh).toMatch(/上限是 20 MB/);
  });

  it('a zip file that is not a Word document', async () => {
    const zip = zipSync({ 'notes.txt': strToU8('hello') });
    const [error] = errorsOf(await importReport({ name: 'report.docx', bytes: zip }));
    expect(error?.en).toMatch(/^This is a zip file but not a Word \(\.docx\) document/);
  });

  it('an old binary Word .doc file', async () => {
    const doc = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...junk(512));
    const [error] = errorsOf(await importReport({ name: 'report.doc', bytes: doc }));
    expect(error?.en).toMatch(/old Word \(\.doc\)/);
  });

  it('an image', async () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...junk(64));
    const [error] = errorsOf(await importReport({ name: 'scan.png', bytes: png }));
    expect(error?.en).toMatch(/This is an image/);
  });

  it('RTF and single-file web pages (.mht), with what to save them as', async () => {
    const [rtf] = errorsOf(await importText('r.rtf', '{\\rtf1\\ansi\\deff0 {\\fonttbl}}'));
    expect(rtf?.en).toMatch(/^This is an RTF file.*Save it as \.docx or plain text/);
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n';
    const [page] = errorsOf(await importText('r.mht', mht));
    expect(page?.en).toMatch(/^This is a single-file web page \(\.mht\)/);
  });

  it('an unrelated document', async () => {
    const notice = [
      '关于召开全县安全生产工作会议的通知',
      '各乡镇人民政府、县直各部门：',
      '经县政府研究，定于2024年3月5日召开全县安全生产工作会议。',
      '东林县人民政府办公室',
      '2024年3月1日',
    ].join('\n');
    const [error] = errorsOf(await importText('notice.txt', notice));
    expect(error?.zh).toMatch(/不像是一份完整的政府信息公开工作年度报告/);
    expect(error?.en).toMatch(
      /does not look like a complete government information disclosure annual report/,
    );
  });

  it('an unrelated web page', async () => {
    const page =
      '<!DOCTYPE html><html><head><title>首页</title></head><body><p>欢迎访问</p></body></html>';
    const [error] = errorsOf(await importText('index.html', page));
    expect(error?.en).toMatch(/does not look like/);
  });

  it('JSON that is not valid JSON, with the line of the error', async () => {
    const result = await importText('r.json', '{\n  "schemaVersion": 1,\n  "id" 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.location?.line).toBe(3);
  });

  it('JSON of another tool: said to be another format, with its keys, not one missing key', async () => {
    const [error, ...more] = errorsOf(
      await importText(
        'jinhu.json',
        JSON.stringify({ orgName: '金湖县人民政府', year: 2023, tables: {} }),
      ),
    );
    expect(more).toEqual([]);
    expect(error?.zh).toMatch(/不是本项目的报告数据格式.*orgName, year, tables/);
    expect(error?.en).toMatch(/not this project's report data format/);
  });

  it('JSON that does not fit the data format, with the path of each problem', async () => {
    const result = await importText(
      'r.json',
      JSON.stringify({ schemaVersion: 1, template: '2021' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.location?.path)).toEqual(
        expect.arrayContaining(['id', 'agency', 'year']),
      );
    }
  });
});

describe('a truncated report', () => {
  // The seed cut off inside table 三: what was read is kept, the rest is blank and said so.
  const cut = seedText.split('\n').slice(0, 250).join('\n');

  it('imports what is there and says the file looks cut short, and where', async () => {
    const result = expectOk(await importText('liaocheng-cut.txt', cut));
    const truncated = result.warnings.find((w) => /incomplete/.test(w.en));
    expect(truncated?.en).toMatch(
      /ends in section 三, and section\(s\) 四、五、六 were not found \(the file may be truncated\)/,
    );
    expect(truncated?.zh).toMatch(/文件可能被截断/);
    expect(truncated?.location?.line).toBe(239);
  });

  it('keeps the cells before the cut and leaves the rest blank, each missing row warned of', async () => {
    const { report, warnings } = expectOk(await importText('liaocheng-cut.txt', cut));
    const applications = report.sections.applications as Record<string, Record<string, unknown>>;
    expect(applications.received).toMatchObject({ person: 6, total: 6 });
    expect(applications.carriedForward).toMatchObject({ person: null, total: null });
    const missing = warnings.find((w) => w.en.includes('Row "四、结转下年度继续办理"'));
    expect(missing?.en).toMatch(
      /left blank \(looked under "三、行政机关收到和处理政府信息公开申请情况", lines 96–250\)/,
    );
    expect(missing?.location).toMatchObject({ line: 94 });
    expect(
      warnings.some((w) => /No row of the reconsideration and litigation table/.test(w.en)),
    ).toBe(true);
  });
});
