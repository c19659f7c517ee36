import type { Report } from '../../report/report-schema.ts';
import { appealsEquations, impliedTotals } from '../equations.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** Each group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function checkAppealsTotals(report: Report): Finding[] {
  const implied = impliedTotals(report);
  return appealsEquations(report).flatMap((eq) => checkSum(eq, implied) ?? []);
}
