import { describe, expect, it } from 'vitest';
import { importReport } from '../../../src/importer/import-report.ts';
import type { ImportResult } from '../../../src/importer/import-issue.ts';
import type { ReportMetadata } from '../../../src/importer/report-metadata.ts';
import { buildReportFile } from '../../builders.ts';

// What the importer does when agency, year, template or date are not where they belong: it
// takes them from elsewhere, says so, and marks them for the user; it never refuses for them.

const bytes = (text: string) => new TextEncoder().encode(text);

async function imported(name: string, text: string, overrides = {}) {
  const result: ImportResult = await importReport({ name, bytes: bytes(text), overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  if (!result.metadata) throw new Error('no metadata');
  return { ...result, metadata: result.metadata } as Extract<ImportResult, { ok: true }> & {
    metadata: ReportMetadata;
    file: {
      agency: { name: string };
      year: number;
      template: string;
      publishedOn?: string;
      id: string;
    };
  };
}

const body = [
  '一、总体情况',
  '本年度，本机关推进政务公开。',
  '二、主动公开政府信息情况',
  '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 1 0 12',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

describe('a report with no name, title or period anywhere', () => {
  it('is imported: the agency and year from the file name, each a marked guess with a warning', async () => {
    const r = await imported('reports/东林县水利局2022年报.txt', body.join('\n'));
    expect(r.file.agency.name).toBe('东林县水利局');
    expect(r.file.year).toBe(2022);
    expect(r.file.template).toBe('2021');
    expect(r.metadata).toMatchObject({
      agency: { value: '东林县水利局', source: 'file-name', certain: false },
      year: { value: 2022, source: 'file-name', certain: false },
      template: { value: '2021', source: 'labels', certain: true },
      publishedOn: { value: null, source: 'none', certain: true },
    });
    expect(r.warnings.map((w) => w.zh)).toEqual(
      expect.arrayContaining([
        '机关名称“东林县水利局”取自文件名（机关名称的可靠来源中都没有找到），请核对或更正',
        '报告年度“2022”取自文件名（报告年度的可靠来源中都没有找到），请核对或更正',
      ]),
    );
  });

  it('with nothing to go on, takes the file name and last year, and says to correct them', async () => {
    const r = await imported('x.txt', body.join('\n'));
    expect(r.file.agency.name).toBe('x');
    expect(r.file.year).toBe(new Date().getFullYear() - 1);
    expect(r.metadata.year).toMatchObject({ source: 'none', certain: false });
    expect(r.warnings.some((w) => /found nowhere.*please correct it/.test(w.en))).toBe(true);
  });

  it('a date the page labels 发布日期 at the top is a guess; one at the end is certain', async () => {
    const top = await imported('a.txt', ['发布日期：2023-1-20', ...body].join('\n'));
    expect(top.file.publishedOn).toBe('2023-01-20');
    expect(top.metadata.publishedOn).toMatchObject({ source: 'heading', certain: false });
    const end = await imported('a.txt', [...body, '东林县水利局', '2023年1月20日'].join('\n'));
    expect(end.metadata.publishedOn).toMatchObject({
      value: '2023-01-20',
      source: 'signature',
      certain: true,
    });
    expect(end.metadata.agency).toMatchObject({
      value: '东林县水利局',
      source: 'signature',
      certain: true,
    });
  });

  it('a table with no heading at all is still a report; a file with neither is refused, saying so', async () => {
    const table = await imported('t.txt', ['规章 1 0 12', '行政许可 5'].join('\n'));
    expect(table.file.template).toBe('2021');
    const refused = await importReport({ name: 'n.txt', bytes: bytes('会议通知\n请准时参加。') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]?.en).toMatch(/^The file holds no report at all/);
  });
});

describe('overrides', () => {
  it('replace what is read and are certain; the id made from agency and year follows them', async () => {
    const text = body.join('\n');
    const guessed = await imported('报告.txt', text);
    const set = await imported('报告.txt', text, {
      agency: '西河市水务局',
      year: 2021,
      template: '2019',
      publishedOn: '2022-01-15',
    });
    expect(set.file).toMatchObject({
      agency: { name: '西河市水务局' },
      year: 2021,
      template: '2019',
      publishedOn: '2022-01-15',
    });
    expect(Object.values(set.metadata).every((f) => f.certain && f.source === 'override')).toBe(
      true,
    );
    expect(set.file.id).toMatch(/^report-2021-/);
    expect(set.file.id).not.toBe(guessed.file.id);
    // In template 2019, the 2021 row 规章 has other columns: it is read again by 2019's.
    expect(
      (set.file as unknown as { sections: { proactive: { rules: object } } }).sections.proactive
        .rules,
    ).toEqual({
      newlyMade: 1,
      newlyPublished: 0,
      totalPublished: 12,
    });
  });

  it('go into a JSON file too, whose fields are otherwise certain', async () => {
    const json = JSON.stringify(buildReportFile('2021'));
    const plain = await imported('r.json', json);
    expect(Object.values(plain.metadata).every((f) => f.certain && f.source === 'file')).toBe(true);
    const renamed = await imported('r.json', json, { agency: '新名字', publishedOn: '' });
    expect(renamed.file.agency.name).toBe('新名字');
    expect(renamed.file.publishedOn).toBeUndefined();
  });
});
