import { describe, expect, it } from 'vitest';
import { expectOk, importFile, importText, readJson } from './import-file.ts';

describe('JSON already in the data format', () => {
  it('is validated and returned as it is', async () => {
    const file = readJson('public/data/reports/liaocheng-nyncj-2020.json');
    const result = expectOk(await importText('seed.json', JSON.stringify(file)));
    expect(result.format).toBe('json');
    expect(result.report).toEqual(file);
    expect(result.warnings).toEqual([]);
  });
});

describe('text copied from a web page (tab-separated table rows)', () => {
  it.each(['donglin-county-2022', 'xihe-jyj-2020'])('%s imports exactly', async (name) => {
    const result = expectOk(await importFile(`tests/fixtures/importer/text/${name}.txt`));
    const expected = readJson(`tests/fixtures/importer/expected/${name}.json`);
    expect(result.format).toBe('text');
    expect(result.warnings).toEqual([]);
    expect(result.report).toEqual({ ...(expected as object), source: { file: `${name}.txt` } });
  });
});

// A PDF's text drops blank cells: a row with fewer values than columns cannot be placed,
// so its cells stay blank and the warning names the line. Nothing is guessed.
describe('never inventing a value', () => {
  const report = (row: string) =>
    [
      '东林县人民政府',
      '2022年政府信息公开工作年度报告',
      '统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况',
      '概况。',
      '二、主动公开政府信息情况',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章 0 0 0',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5',
      row,
      '四、政府信息公开行政复议、行政诉讼情况',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
      '五、存在的主要问题及改进情况',
      '无。',
      '六、其他需要报告的事项',
      '无。',
    ].join('\n');

  it('leaves a row with too few values blank and says where', async () => {
    const { report: r, warnings } = expectOk(
      await importText('r.txt', report('（一）予以公开 3 3')),
    );
    const applications = r.sections.applications as { results: Record<string, object> };
    expect(Object.values(applications.results.granted ?? {})).toEqual(Array(7).fill(null));
    const warning = warnings.find((w) => w.en.startsWith('Row "（一）予以公开"'));
    expect(warning?.en).toBe(
      'Row "（一）予以公开" has 2 values where it has 7 columns; which cells are blank cannot be told, so the row\'s cells are left blank',
    );
    expect(warning?.location).toMatchObject({ line: 11, excerpt: '（一）予以公开 3 3' });
  });

  it('does not read a subtotal printed on a group row, and says so', async () => {
    const { warnings } = expectOk(
      await importText('r.txt', report('（三）不予公开 2 0 0 0 0 0 2')),
    );
    const subtotal = warnings.find((w) => w.en.startsWith('Row "（三）不予公开"'));
    expect(subtotal?.en).toMatch(/prints values \(a subtotal\)/);
    expect(subtotal?.location?.line).toBe(11);
  });

  it('reads the same row when every value is there', async () => {
    const { report: r } = expectOk(
      await importText('r.txt', report('（一）予以公开 3 0 0 0 0 0 3')),
    );
    const applications = r.sections.applications as { results: Record<string, object> };
    expect(applications.results.granted).toEqual({
      person: 3,
      business: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      otherOrg: 0,
      total: 3,
    });
  });

  it('warns of each row it did not find, with where it looked', async () => {
    const { warnings } = expectOk(
      await importText('r.txt', report('（一）予以公开 3 0 0 0 0 0 3')),
    );
    const missing = warnings.find((w) => w.en.startsWith('Row "行政许可"'));
    expect(missing?.en).toBe(
      'Row "行政许可" of the proactive disclosure table (二) was not found; its 1 cell is left blank (looked under "二、主动公开政府信息情况", lines 7–8)',
    );
    expect(missing?.location).toMatchObject({ line: 6 });
  });
});

describe('values that wrap onto the next lines', () => {
  const text = (proactive: string[], appeals: string[]) =>
    [
      '东林县人民政府',
      '2022年政府信息公开工作年度报告',
      '统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况',
      '二、主动公开政府信息情况',
      ...proactive,
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼',
      ...appeals,
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ].join('\n');

  it("joins table 四's fifteen values printed over two lines", async () => {
    const { report } = expectOk(
      await importText('r.txt', text([], ['1 2 3 4 10 5 6 7 8 26', '9 10 11 12 42'])),
    );
    expect(report.sections.appeals).toEqual({
      reconsideration: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 },
      litigationDirect: { upheld: 5, corrected: 6, other: 7, pending: 8, total: 26 },
      litigationAfterReconsideration: {
        upheld: 9,
        corrected: 10,
        other: 11,
        pending: 12,
        total: 42,
      },
    });
  });

  it('reads a layout that prints each cell on a line of its own', async () => {
    const { report } = expectOk(
      await importText(
        'r.txt',
        text(['规章', '1', '0', '12', '行政规范性文件', '7', '3', '45', '行政许可', '1234'], []),
      ),
    );
    expect(report.sections.proactive).toMatchObject({
      rules: { issued: 1, repealed: 0, inForce: 12 },
      normativeDocuments: { issued: 7, repealed: 3, inForce: 45 },
      licensing: { decisions: 1234 },
    });
  });
});

describe('a web page that runs its headings into the text', () => {
  const page = `<html><head><title>东林县人民政府2022年政府信息公开工作年度报告</title></head><body>
    <p>统计期限自2022年1月1日起至2022年12月31日止。</p>
    <p><b>一、总体情况</b>2022年，东林县推进政务公开。</p>
    <p><b>二、主动公开政府信息情况</b></p>
    <table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
    <tr><td>规章</td><td>1</td><td>0</td><td>12</td></tr></table>
    <p><b>三、收到和处理政府信息公开申请情况</b></p><p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
    <p><b>五、存在的主要问题及改进情况</b>一是公开不够及时。</p>
    <p><b>六、其他需要报告的事项</b>无。</p></body></html>`;

  it('splits the heading from its paragraph, and takes agency and title from the page title', async () => {
    const { report } = expectOk(await importText('page.html', page));
    expect(report.agency.name).toBe('东林县人民政府');
    expect(report.title).toBe('东林县人民政府2022年政府信息公开工作年度报告');
    expect(report.sections.overview).toEqual({ paragraphs: ['2022年，东林县推进政务公开。'] });
    expect(report.sections.problems).toEqual({ paragraphs: ['一是公开不够及时。'] });
    expect(report.sections.other).toEqual({ paragraphs: ['无。'] });
    expect(report.sections.proactive).toMatchObject({
      rules: { issued: 1, repealed: 0, inForce: 12 },
    });
  });
});
