import type { Report } from '../../report/report-schema.ts';
import { applicantColumns } from '../../report/table-layout.ts';
import { applicationRows, cellOf } from '../../report/table-rows.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, per applicant column. */
export function checkBalance(report: Report): Finding[] {
  const rows = applicationRows(report);
  return applicantColumns.flatMap((column) => {
    const finding = checkSum({
      ruleId: 'balance',
      table: 'applications',
      left: [cellOf(rows.received, column.key), cellOf(rows.carriedOver, column.key)],
      right: [cellOf(rows.resultsTotal, column.key), cellOf(rows.carriedForward, column.key)],
      what: {
        zh: `「${column.zh}」列的平衡关系（新收 + 上年结转 = 办理结果总计 + 结转下年度）`,
        en: `the balance of column "${column.en}" (received + carried over = outcomes total + carried forward)`,
      },
    });
    return finding ? [finding] : [];
  });
}
