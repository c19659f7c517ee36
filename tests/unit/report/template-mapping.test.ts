import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse-report.ts';
import type { Report, ReportFile } from '../../../src/report/report-schema.ts';
import { mappedFigures, type MappedFigure } from '../../../src/report/template-mapping.ts';
import { buildReportFile, projectFile, setPath } from '../../builders.ts';

function load(file: ReportFile): Report {
  const result = parseReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

const figure = (id: string): MappedFigure => {
  const found = mappedFigures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};
const value = (id: string, report: Report) => figure(id).read(report)?.value;

const r2019 = load(buildReportFile('2019'));
const r2021 = load(buildReportFile('2021'));
// 洪泽区 2023: a 2021-template report that prints the old single （六）其他处理 row.
const single2021 = load(
  JSON.parse(
    readFileSync(projectFile('public/data/reports/hongze-district-gov-2023.json'), 'utf8'),
  ) as ReportFile,
);

describe('the 2019 and 2021 templates mapped onto one another', () => {
  it('gives every figure an id of its own', () => {
    const ids = mappedFigures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('规范性文件 (2019) is 行政规范性文件 (2021): 本年新制作数量 read as 本年制发件数', () => {
    const f = figure('normativeDocuments.issued');
    expect(f.kind).toBe('renamed');
    expect(f.label.zh).toBe('行政规范性文件 · 本年制发件数');
    expect(f.label2019?.zh).toBe('规范性文件 · 本年新制作数量');
    expect(f.read(r2019)).toEqual({
      value: 5,
      cells: ['sections.proactive.normativeDocuments.newlyMade'],
      derived: false,
    });
    expect(value('normativeDocuments.issued', r2021)).toBe(12);
    expect(value('rules.issued', r2019)).toBe(2);
  });

  it('处理决定数量 is 本年处理决定数量 in both', () => {
    expect(figure('licensing.decisions').kind).toBe('renamed');
    expect(value('licensing.decisions', r2019)).toBe(1250);
    expect(value('licensing.decisions', r2021)).toBe(5630);
    expect(value('coercion.decisions', r2019)).toBe(7);
  });

  it('marks what one template has and the other does not, reading nothing there', () => {
    const only = (kind: MappedFigure['kind']) =>
      mappedFigures.filter((f) => f.kind === kind).map((f) => f.id);
    expect(only('only-2019')).toEqual([
      'rules.newlyPublished',
      'rules.totalPublished',
      'normativeDocuments.newlyPublished',
      'normativeDocuments.totalPublished',
      'licensing.previousYearItems',
      'licensing.change',
      'otherServices.previousYearItems',
      'otherServices.change',
      'otherServices.decisions',
      'penalties.previousYearItems',
      'penalties.change',
      'coercion.previousYearItems',
      'coercion.change',
      'fees.previousYearItems',
      'fees.change',
      'procurement.projects',
      'procurement.amount',
    ]);
    expect(only('only-2021')).toEqual([
      'rules.repealed',
      'rules.inForce',
      'normativeDocuments.repealed',
      'normativeDocuments.inForce',
      'fees.amount',
    ]);
    expect(value('procurement.projects', r2019)).toBe(14);
    expect(figure('procurement.projects').read(r2021)).toBeNull();
    expect(value('fees.amount', r2021)).toBe(1234.56);
    expect(figure('fees.amount').read(r2019)).toBeNull();
    // 对外公开总数量 (all published) is not 现行有效件数 (in force): not mapped.
    expect(figure('normativeDocuments.inForce').read(r2019)).toBeNull();
    expect(figure('normativeDocuments.totalPublished').read(r2021)).toBeNull();
  });

  it('（六）其他处理: one total, however printed; its three rows only where printed', () => {
    expect(figure('otherHandling').kind).toBe('regrouped');
    expect(value('otherHandling', r2019)).toBe(1);
    // valid-2021 prints the three rows: 4 + 0 + 1.
    expect(figure('otherHandling').read(r2021)).toEqual({
      value: 5,
      cells: [
        'sections.applications.results.otherHandling.noCorrection.total',
        'sections.applications.results.otherHandling.noFee.total',
        'sections.applications.results.otherHandling.other.total',
      ],
      derived: false,
    });
    expect(value('otherHandling', single2021)).toBe(0);
    expect(figure('otherHandling.noCorrection').kind).toBe('split-only');
    expect(value('otherHandling.noCorrection', r2021)).toBe(4);
    expect(figure('otherHandling.noCorrection').read(r2019)).toBeNull();
    expect(figure('otherHandling.noCorrection').read(single2021)).toBeNull();
  });

  it('reads table 三 and 四 alike in both, the groups as the sums of their reasons', () => {
    // 不予公开, by hand: 1 + 0 + 0 + 3 + 1 + 3 + 2 + 2 (2019); 1 + 1 + 0 + 6 + 2 + 7 + 5 + 2 (2021).
    expect(value('denied', r2019)).toBe(12);
    expect(value('denied', r2021)).toBe(24);
    expect(value('unavailable', r2021)).toBe(34);
    expect(value('notProcessed', r2019)).toBe(4);
    expect(value('denied.thirdPartyRights', r2021)).toBe(6);
    expect(value('received', r2019)).toBe(60);
    expect(value('carriedOver', r2021)).toBe(12);
    expect(value('resultsTotal', r2021)).toBe(165);
    expect(value('litigationDirect.pending', r2019)).toBe(1);
    expect(
      mappedFigures.filter((f) => f.table !== 'proactive').every((f) => f.kind !== 'only-2019'),
    ).toBe(true);
  });

  it('a blank 总计 is the sum of its filled cells, marked derived; all blank is null, never 0', () => {
    const file = setPath(buildReportFile('2021'), 'sections.applications.received.total', null);
    expect(figure('received').read(load(file))).toMatchObject({ value: 168, derived: true });
    const blank = setPath(buildReportFile('2021'), 'sections.applications.results.denied', {});
    expect(value('denied', load(blank))).toBeNull();
  });
});
