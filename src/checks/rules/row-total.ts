import type { Report } from '../../report/report-schema.ts';
import { impliedTotals, rowTotalEquations } from '../equations.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** Each row of table 三: 总计 = 自然人 + the five kinds of organisation. */
export function checkRowTotals(report: Report): Finding[] {
  const implied = impliedTotals(report);
  return rowTotalEquations(report).flatMap((eq) => checkSum(eq, implied) ?? []);
}
