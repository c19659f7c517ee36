import type { Report } from '../report/report-schema.ts';
import { severityOrder, type Finding, type Severity } from './finding.ts';
import { checkAppealsTotals } from './rules/appeals-total.ts';
import { checkBalance } from './rules/balance.ts';
import { checkBlankCells } from './rules/blank-cell.ts';
import { checkNonNumeric, checkWholeNumbers } from './rules/cell-values.ts';
import { checkEmptySections, checkLatePublication } from './rules/report-level.ts';
import { checkResultsSum } from './rules/results-sum.ts';
import { checkRowTotals } from './rules/row-total.ts';

const rules: readonly ((report: Report) => Finding[])[] = [
  checkBalance,
  checkResultsSum,
  checkRowTotals,
  checkAppealsTotals,
  checkWholeNumbers,
  checkNonNumeric,
  checkBlankCells,
  checkEmptySections,
  checkLatePublication,
];

/** Runs every consistency rule (勾稽关系) on a normalised report; most severe first. */
export function runChecks(report: Report): Finding[] {
  return rules
    .flatMap((rule) => rule(report))
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
