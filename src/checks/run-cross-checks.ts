import { agencyKey } from '../report/agency-key.ts';
import type { Report } from '../report/report-schema.ts';
import { severityOrder, type CrossReportFinding } from './finding.ts';
import { checkCarryOver } from './rules/cross-year-carry-over.ts';
import { checkInForce } from './rules/cross-year-in-force.ts';
import type { YearPair } from './year-pair.ts';

const rules: readonly ((pair: YearPair) => CrossReportFinding[])[] = [checkCarryOver, checkInForce];

/**
 * Every two reports of one agency (same full name, see agencyKey) for consecutive years,
 * earlier agency and year first. Two reports of one agency and year each pair with the year
 * before and after: each finding names the report it compares against.
 */
export function yearPairs(reports: readonly Report[]): YearPair[] {
  const byAgency = new Map<string, Report[]>();
  for (const report of reports) {
    const key = agencyKey(report.agency);
    byAgency.set(key, [...(byAgency.get(key) ?? []), report]);
  }
  const pairs: YearPair[] = [];
  for (const [, list] of [...byAgency].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
    for (const later of sorted) {
      for (const earlier of sorted) {
        if (earlier.year === later.year - 1) pairs.push({ earlier, later });
      }
    }
  }
  return pairs;
}

/** The rules across reports (勾稽关系 between years) on every consecutive pair; most severe first per pair. */
export function runCrossChecks(reports: readonly Report[]): CrossReportFinding[] {
  return yearPairs(reports).flatMap((pair) =>
    rules
      .flatMap((rule) => rule(pair))
      .map((finding, index) => ({ finding, index }))
      .sort(
        (a, b) =>
          severityOrder[a.finding.severity] - severityOrder[b.finding.severity] ||
          a.index - b.index,
      )
      .map(({ finding }) => finding),
  );
}
