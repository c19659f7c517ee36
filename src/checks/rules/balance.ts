import type { Report } from '../../report/report-schema.ts';
import { balanceEquations, impliedTotals } from '../equations.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, per applicant column. */
export function checkBalance(report: Report): Finding[] {
  const implied = impliedTotals(report);
  return balanceEquations(report).flatMap((eq) => checkSum(eq, implied) ?? []);
}
