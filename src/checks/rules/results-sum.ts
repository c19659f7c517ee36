import type { Report } from '../../report/report-schema.ts';
import { impliedTotals, resultsSumEquations } from '../equations.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** （七）总计 = the sum of every result row, per applicant column. */
export function checkResultsSum(report: Report): Finding[] {
  const implied = impliedTotals(report);
  return resultsSumEquations(report).flatMap((eq) => checkSum(eq, implied) ?? []);
}
