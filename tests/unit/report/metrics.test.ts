import { describe, expect, it } from 'vitest';
import {
  applicationsReceived,
  appealsTotal,
  correctionRate,
  disclosureRate,
  rowTotal,
} from '../../../src/report/metrics.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { appealRows, applicationRows } from '../../../src/report/table-rows.ts';
import { buildReportFile, getPath, seedFile, setPath } from '../../builders.ts';

const load = (file: ReportFile) => {
  const r = parseReport(file);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
};

describe('metrics', () => {
  it('disclosure rate of the seed: (3 + 1) / 6, with 予以公开 总计 derived from its blank total', () => {
    const rate = disclosureRate(load(seedFile()));
    expect(rate).toEqual({ value: 4 / 6, numerator: 4, denominator: 6, derived: true });
  });

  it('disclosure rate of a complete report uses the printed totals', () => {
    const file = buildReportFile('2021');
    const g = getPath(file, 'sections.applications.results.granted.total') as number;
    const p = getPath(file, 'sections.applications.results.partiallyGranted.total') as number;
    const t = getPath(file, 'sections.applications.results.total.total') as number;
    expect(disclosureRate(load(file))).toEqual({
      value: (g + p) / t,
      numerator: g + p,
      denominator: t,
      derived: false,
    });
  });

  it('is not computable ("—") when the denominator is 0 or blank', () => {
    const file = setPath(buildReportFile('2019'), 'sections.applications.results.total.total', 0);
    expect(disclosureRate(load(file)).value).toBeNull();
    const blank = setPath(buildReportFile('2019'), 'sections.applications.results.total', {});
    expect(disclosureRate(load(blank)).value).toBeNull();
  });

  it('a row total: printed, derived from filled parts, or null when all blank or text', () => {
    const seed = load(seedFile());
    const rows = applicationRows(seed);
    expect(rowTotal(rows.received)).toEqual({ value: 6, derived: false });
    expect(rowTotal(rows.results[0]!)).toEqual({ value: 3, derived: true });
    expect(rowTotal(rows.results[2]!)).toEqual({ value: null, derived: false });
    const text = load(setPath(buildReportFile(), 'sections.applications.received.total', '无'));
    expect(rowTotal(applicationRows(text).received)).toEqual({ value: null, derived: false });
  });

  it('applications received and appeals total of the seed', () => {
    const seed = load(seedFile());
    expect(applicationsReceived(seed).value).toBe(6);
    expect(appealsTotal(seed).value).toBe(0);
  });

  it('correction rate = corrected / (total - pending), "—" when nothing was decided', () => {
    const file = setPath(buildReportFile('2019'), 'sections.appeals.reconsideration', {
      upheld: 2,
      corrected: 1,
      other: 0,
      pending: 1,
      total: 4,
    });
    const [reconsideration] = appealRows(load(file));
    expect(correctionRate(reconsideration!).value).toBeCloseTo(1 / 3);
    const [seedReconsideration] = appealRows(load(seedFile()));
    expect(correctionRate(seedReconsideration!).value).toBeNull();
  });
});
