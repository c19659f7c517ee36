import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  failedChecksBehind,
  metricById,
  metricDefinitions,
} from '../../../src/library/metric-catalogue.ts';
import { loadReport, type LoadedReport } from '../../../src/load/load-report.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { buildReportFile, projectFile, seedFile, setPath } from '../../builders.ts';

function load(file: ReportFile): LoadedReport {
  const result = loadReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
const read = (id: string, loaded: LoadedReport) => {
  const metric = metricById(id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric.read(loaded.report, loaded.findings);
};

// Worked out by hand from tests/fixtures/reports/valid-2021.json (a consistent 2021 report):
// outcomes 72 + 21 + 24 + 34 + 9 + 5 = 165 = （七）总计.
const expected2021: Record<string, number | null> = {
  received: 168,
  carriedOver: 12,
  resultsTotal: 165,
  carriedForward: 15,
  granted: 72,
  partiallyGranted: 21,
  denied: 1 + 1 + 0 + 6 + 2 + 7 + 5 + 2,
  unavailable: 28 + 4 + 2,
  notProcessed: 3 + 3 + 1 + 1 + 1,
  otherHandling: 4 + 0 + 1,
  grantedShare: 72 / 165,
  partiallyGrantedShare: 21 / 165,
  deniedShare: 24 / 165,
  unavailableShare: 34 / 165,
  notProcessedShare: 9 / 165,
  otherHandlingShare: 5 / 165,
  disclosureRate: (72 + 21) / 165,
  'denied.stateSecret': 1,
  'denied.lawProhibited': 1,
  'denied.safetyStability': 0,
  'denied.thirdPartyRights': 6,
  'denied.internalAffairs': 2,
  'denied.processInformation': 7,
  'denied.enforcementFiles': 5,
  'denied.administrativeQuery': 2,
  reconsiderations: 6,
  // 纠正 1 ÷ (总计 6 − 尚未审结 1).
  reconsiderationCorrectionRate: 1 / 5,
  litigations: 4 + 2,
  // (1 + 0) ÷ ((4 − 1) + (2 − 1)).
  litigationCorrectionRate: 1 / 4,
  fees: 1234.56,
  errors: 0,
};

describe('every metric of the comparison, on a consistent 2021 report', () => {
  const report = load(buildReportFile('2021'));

  it('has a hand-computed value here for each metric defined', () => {
    expect(metricDefinitions.map((m) => m.id).sort()).toEqual(Object.keys(expected2021).sort());
  });

  it.each(Object.entries(expected2021))('%s = %d', (id, value) => {
    const metric = read(id, report);
    expect(metric.inTemplate).toBe(true);
    expect(metric.derived).toBe(false);
    if (value === null) expect(metric.value).toBeNull();
    else expect(metric.value).toBeCloseTo(value, 10);
  });
});

describe('the metrics across templates and blanks', () => {
  const r2019 = load(buildReportFile('2019'));

  it('2019: no fee amount in the template; 其他处理 one row; the rest as in 2021', () => {
    expect(read('fees', r2019)).toEqual({
      value: null,
      cells: [],
      derived: false,
      inTemplate: false,
    });
    expect(read('otherHandling', r2019).value).toBe(1);
    expect(read('disclosureRate', r2019).value).toBeCloseTo((22 + 6) / 59, 10);
    // 1 ÷ (4 − 1); litigation 0 ÷ ((3 − 1) + (1 − 0)).
    expect(read('reconsiderationCorrectionRate', r2019).value).toBeCloseTo(1 / 3, 10);
    expect(read('litigationCorrectionRate', r2019).value).toBe(0);
  });

  it('"—" (null) when the denominator is 0 or blank, never a guess', () => {
    const zero = load(
      setPath(buildReportFile('2021'), 'sections.applications.results.total.total', 0),
    );
    expect(read('disclosureRate', zero).value).toBeNull();
    expect(read('grantedShare', zero).value).toBeNull();
    const allPending = load(
      setPath(buildReportFile('2021'), 'sections.appeals.reconsideration', {
        upheld: 0,
        corrected: 0,
        other: 0,
        pending: 2,
        total: 2,
      }),
    );
    expect(read('reconsiderationCorrectionRate', allPending).value).toBeNull();
    const blankAppeals = load(setPath(buildReportFile('2021'), 'sections.appeals', {}));
    expect(read('litigations', blankAppeals).value).toBeNull();
    expect(read('litigationCorrectionRate', blankAppeals).value).toBeNull();
  });

  it('the seed: 予以公开 总计 blank, derived from its filled cell (3); its errors counted', () => {
    const seed = load(seedFile());
    expect(read('granted', seed)).toMatchObject({ value: 3, derived: true });
    expect(read('disclosureRate', seed)).toMatchObject({ value: 4 / 6, derived: true });
    expect(read('errors', seed).value).toBe(2);
  });

  it('a value is marked by the failed checks on its cells, and only by those', () => {
    const seed = load(seedFile());
    const behind = (id: string) =>
      failedChecksBehind(read(id, seed), seed.findings).map((f) => f.ruleId);
    // （七）总计 of the 总计 column adds up to 3, not 6; 予以公开's 总计 is blank.
    expect(behind('disclosureRate').sort()).toEqual(['results-sum', 'row-total']);
    expect(behind('received')).toEqual([]);
    expect(behind('errors')).toEqual([]);
    const hongze = load(
      JSON.parse(
        readFileSync(projectFile('public/data/reports/hongze-district-gov-2023.json'), 'utf8'),
      ) as ReportFile,
    );
    // 洪泽区 2023 prints 行政复议 总计 0 beside 维持 10 and 纠正 1.
    expect(read('reconsiderations', hongze).value).toBe(0);
    expect(failedChecksBehind(read('reconsiderations', hongze), hongze.findings)).toHaveLength(1);
    expect(failedChecksBehind(read('litigations', hongze), hongze.findings)).toHaveLength(1);
  });
});

describe('docs/metrics.md', () => {
  it('defines every metric, by its id', () => {
    const doc = readFileSync(projectFile('docs/metrics.md'), 'utf8');
    const missing = metricDefinitions.filter((m) => !doc.includes(`\`${m.id}\``)).map((m) => m.id);
    expect(missing).toEqual([]);
  });
});
