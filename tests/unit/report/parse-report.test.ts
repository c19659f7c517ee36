import { describe, expect, it } from 'vitest';
import { parseReport, parseReportText } from '../../../src/report/parse-report.ts';
import { buildReportFile, seedFile, setPath } from '../../builders.ts';

function errorsOf(input: unknown) {
  const result = parseReport(input);
  if (result.ok) throw new Error('expected the report to be rejected');
  return result.errors;
}

describe('parseReport accepts', () => {
  it('the embedded seed report, normalising its cells', () => {
    const result = parseReport(seedFile());
    expect(result.ok).toBe(true);
    if (!result.ok || result.report.template !== '2019') throw new Error('expected a 2019 report');
    const { proactive, applications } = result.report.sections;
    expect(proactive.procurement.amount).toEqual({
      raw: '537余万元',
      value: 537,
      unit: '万元',
      approx: true,
    });
    expect(proactive.licensing.change).toEqual({ raw: '增3项', value: 3, unit: '项' });
    expect(proactive.otherServices.previousYearItems).toEqual({
      raw: '-',
      value: null,
      notApplicable: true,
    });
    expect(applications.results.granted.total).toEqual({ raw: null, value: null });
  });

  it.each(['2019', '2021'] as const)('a complete report of template %s', (template) => {
    expect(parseReport(buildReportFile(template)).ok).toBe(true);
  });

  it('a 2021 report that prints the old single （六）其他处理 row', () => {
    const file = setPath(buildReportFile('2021'), 'sections.applications.results.otherHandling', {
      person: 1,
      total: 1,
    });
    const result = parseReport(file);
    expect(result.ok).toBe(true);
    if (result.ok && result.report.template === '2021') {
      const other = result.report.sections.applications.results.otherHandling;
      expect('person' in other && other.person.value).toBe(1);
      expect('business' in other && other.business.value).toBeNull();
    }
  });

  it('cells, rows and text sections left out, as blank', () => {
    const file = buildReportFile('2019');
    setPath(file, 'sections.applications.results.denied', undefined);
    setPath(file, 'sections.applications.received.business', undefined);
    setPath(file, 'sections.problems', undefined);
    setPath(file, 'publishedOn', undefined);
    setPath(file, 'source', undefined);
    setPath(file, 'agency', { name: '某局' });
    const result = parseReport(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.sections.applications.results.denied.stateSecret.person).toEqual({
      raw: null,
      value: null,
    });
    expect(result.report.sections.applications.received.business).toEqual({
      raw: null,
      value: null,
    });
    expect(result.report.sections.problems.paragraphs).toEqual([]);
  });

  it('printed strings in any cell: full-width digits, units, dashes', () => {
    const file = buildReportFile('2021');
    setPath(file, 'sections.applications.received.person', '１２');
    setPath(file, 'sections.appeals.reconsideration.upheld', '/');
    setPath(file, 'sections.proactive.fees.amount', '0.35万元');
    const result = parseReport(file);
    expect(result.ok && result.report.sections.applications.received.person.value).toBe(12);
  });

  it('a file with a byte-order mark', () => {
    expect(parseReportText(`\ufeff${JSON.stringify(buildReportFile())}`).ok).toBe(true);
  });
});

describe('parseReport rejects, with the JSON path and a message in both languages', () => {
  it.each([
    [
      'a cell of the wrong type',
      'sections.applications.results.granted.total',
      true,
      /单元格/,
      /A cell must be/,
    ],
    [
      'a cell that is an object',
      'sections.appeals.reconsideration.total',
      { n: 1 },
      /单元格/,
      /an object/,
    ],
    [
      'an unknown row',
      'sections.applications.results.granted.persons',
      3,
      /未知的键 "persons"/,
      /Unknown key "persons"/,
    ],
    ['an unknown top-level key', 'agencyName', 'x', /未知的键/, /Unknown key "agencyName"/],
    ['a bad id', 'id', 'Liaocheng 2020', /小写字母/, /lowercase/],
    ['a bad date', 'publishedOn', '2021-02-30', /YYYY-MM-DD/, /real date/],
    ['a year that is not whole', 'year', 2020.5, /整数/, /whole number/],
    [
      'a wrong schema version',
      'schemaVersion',
      2,
      /schemaVersion 应为 1/,
      /schemaVersion must be 1/,
    ],
    ['an empty agency name', 'agency.name', ' ', /不能为空/, /must not be empty/],
    ['an unknown agency level', 'agency.level', 'village', /应为/, /Expected one of/],
    ['paragraphs that are not strings', 'sections.overview.paragraphs', [1], /文字/, /a string/],
  ])('%s', (_name, path, value, zh, en) => {
    const errors = errorsOf(setPath(buildReportFile('2019'), path, value));
    const expectedPath = path === 'sections.overview.paragraphs' ? `${path}[0]` : path;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(expectedPath);
    expect(errors[0]?.zh).toMatch(zh);
    expect(errors[0]?.en).toMatch(en);
  });

  it('a row of the other template, naming the template', () => {
    const errors = errorsOf(
      setPath(buildReportFile('2021'), 'sections.proactive.procurement', { projects: 1 }),
    );
    expect(errors).toEqual([expect.objectContaining({ path: 'sections.proactive.procurement' })]);
    expect(errors[0]?.en).toMatch(/template "2021"/);
  });

  it('a 2019 report with the 2021 three-row 其他处理', () => {
    const file = setPath(buildReportFile('2019'), 'sections.applications.results.otherHandling', {
      noCorrection: {},
    });
    expect(errorsOf(file).map((e) => e.path)).toEqual([
      'sections.applications.results.otherHandling.noCorrection',
    ]);
  });

  it('a bad cell inside the 2021 single 其他处理 row, at that cell', () => {
    const file = setPath(buildReportFile('2021'), 'sections.applications.results.otherHandling', {
      person: true,
    });
    expect(errorsOf(file).map((e) => e.path)).toEqual([
      'sections.applications.results.otherHandling.person',
    ]);
  });

  it('a 2021 其他处理 that mixes the single row with the split rows', () => {
    const file = setPath(buildReportFile('2021'), 'sections.applications.results.otherHandling', {
      person: 1,
      noFee: {},
    });
    expect(errorsOf(file)[0]?.path).toBe('sections.applications.results.otherHandling.person');
  });

  it('an unknown template', () => {
    const errors = errorsOf(setPath(buildReportFile(), 'template', '2020'));
    expect(errors[0]).toMatchObject({ path: 'template' });
    expect(errors[0]?.zh).toContain('"2020"');
  });

  it('missing required keys, each at its path', () => {
    const file = buildReportFile();
    setPath(file, 'agency', undefined);
    setPath(file, 'year', undefined);
    expect(errorsOf(file)).toEqual([
      { path: 'agency', zh: '缺少必填项', en: 'This required key is missing' },
      { path: 'year', zh: '缺少必填项', en: 'This required key is missing' },
    ]);
  });

  it.each([
    ['an empty file', '', /文件是空的/],
    ['whitespace only', ' \n\t', /文件是空的/],
    ['not JSON', '报告全文……', /不是有效的 JSON/],
    ['truncated JSON', '{"schemaVersion": 1,\n "id": ', /不是有效的 JSON/],
    ['a JSON array', '[1,2]', /应是一个 JSON 对象.*数组/],
    ['a JSON string', '"hello"', /应是一个 JSON 对象.*文字/],
  ])('%s', (_name, text, zh) => {
    const result = parseReportText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.zh).toMatch(zh);
  });

  it('locates a JSON syntax error by line and column', () => {
    const result = parseReportText('{\n  "id": "a",\n  oops\n}');
    expect(!result.ok && result.errors[0]?.en).toMatch(/line 3, column 3/);
  });
});
