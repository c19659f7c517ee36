import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/library/histogram.ts';
import {
  agencyYears,
  buildLibrary,
  missingNextYears,
  type LibraryInput,
} from '../../../src/library/library.ts';
import { loadReport } from '../../../src/load/load-report.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { buildReportFile, projectFile, setPath } from '../../builders.ts';

function input(file: ReportFile, origin: LibraryInput['origin'] = 'builtin'): LibraryInput {
  const result = loadReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { report: result.report, findings: result.findings, origin };
}
const shipped = (id: string) =>
  JSON.parse(readFileSync(projectFile(`public/data/reports/${id}.json`), 'utf8')) as ReportFile;
const builtin = () =>
  [
    'liaocheng-nyncj-2020',
    'huaian-city-gov-2024',
    'hongze-district-gov-2023',
    'hongze-district-gov-2024',
    'jinhu-county-gov-2023',
  ].map((id) => input(shipped(id)));

function year(file: ReportFile, y: number): ReportFile {
  file.year = y;
  file.id = `test-county-${y}`;
  return file;
}

describe('the library of the built-in reports', () => {
  const library = buildLibrary(builtin());

  it('has each report once, grouped into four agencies, 洪泽区 with both years', () => {
    expect(library.entries).toHaveLength(5);
    expect([...library.agencies.keys()].sort()).toEqual(
      [
        '山东省聊城市农业农村局',
        '淮安市人民政府',
        '淮安市洪泽区人民政府',
        '淮安市金湖县人民政府',
      ].sort(),
    );
    expect(library.agencies.get('淮安市洪泽区人民政府')?.map((e) => e.id)).toEqual([
      'hongze-district-gov-2023',
      'hongze-district-gov-2024',
    ]);
    expect(library.latestYear).toBe(2024);
  });

  it('counts each report’s errors and warnings, its checks across years included', () => {
    const counts = (id: string) => library.byId.get(id)?.counts;
    expect(counts('liaocheng-nyncj-2020')).toEqual({ error: 2, warning: 24, notAssessable: 27 });
    expect(counts('hongze-district-gov-2023')).toEqual({ error: 2, warning: 0, notAssessable: 0 });
    expect(counts('jinhu-county-gov-2023')).toEqual({ error: 1, warning: 3, notAssessable: 0 });
    // 洪泽区 2024 against 2023: carried over 0 = 0 in every column, 5 + 3 − 0 = 8 in force.
    expect(library.byId.get('hongze-district-gov-2024')?.cross).toEqual([]);
  });

  it('a cross-year error of the later report counts among its errors', () => {
    const later = shipped('hongze-district-gov-2024');
    setPath(later, 'sections.applications.carriedOver.person', 2);
    setPath(later, 'sections.applications.carriedOver.total', 2);
    const lib = buildLibrary([input(shipped('hongze-district-gov-2023')), input(later)]);
    const entry = lib.byId.get('hongze-district-gov-2024');
    expect(entry?.cross.map((f) => f.cells[0])).toEqual([
      'sections.applications.carriedOver.person',
      'sections.applications.carriedOver.total',
    ]);
    // The balance of the changed report fails too (received + carried over ≠ outcomes + forward).
    expect(entry?.counts.error).toBe(
      2 + entry!.findings.filter((f) => f.severity === 'error').length,
    );
    expect(entry?.allFindings.filter((f) => f.ruleId === 'cross-year-carry-over')).toHaveLength(2);
  });

  it('lists for a supervisor who has a report for one year and none for the next', () => {
    expect(
      missingNextYears(library).map((m) => [m.agencyKey, m.year, m.missing, m.entry.id]),
    ).toEqual([
      ['山东省聊城市农业农村局', 2020, 2021, 'liaocheng-nyncj-2020'],
      ['淮安市金湖县人民政府', 2023, 2024, 'jinhu-county-gov-2023'],
    ]);
  });
});

describe("an agency's years", () => {
  it('shows a year missing between two years as missing, not skipped', () => {
    const lib = buildLibrary([
      input(year(buildReportFile('2021'), 2021)),
      input(year(buildReportFile('2021'), 2023)),
      input(year(buildReportFile('2021'), 2024), 'saved'),
    ]);
    const [key] = lib.agencies.keys();
    expect(agencyYears(lib, key!).map((y) => [y.year, y.entries.map((e) => e.id)])).toEqual([
      [2021, ['test-county-2021']],
      [2022, []],
      [2023, ['test-county-2023']],
      [2024, ['test-county-2024']],
    ]);
    expect(missingNextYears(lib).map((m) => m.missing)).toEqual([2022]);
    expect(agencyYears(lib, 'no such agency')).toEqual([]);
  });
});

describe('the distribution of a metric', () => {
  it('puts values into equal bins from the lowest to the highest, blanks apart', () => {
    const h = histogram([0, 1, 2, 3, 4, 10, null, 5, 9]);
    // 8 values: ceil(√8) = 3 bins of width 10 / 3: 0–3 | 4, 5 | 9, 10.
    expect(h.bins.map((b) => b.count)).toEqual([4, 2, 2]);
    expect(h.bins[0]!.from).toBe(0);
    expect(h.bins[2]!.to).toBe(10);
    expect(h.blank).toBe(1);
  });

  it('one bin when every value is the same; none when there is none', () => {
    expect(histogram([0.5, 0.5])).toEqual({ bins: [{ from: 0.5, to: 0.5, count: 2 }], blank: 0 });
    expect(histogram([null, null])).toEqual({ bins: [], blank: 2 });
  });
});
