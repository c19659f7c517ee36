import type { Report } from '../../report/report-schema.ts';
import { applicantColumns } from '../../report/table-layout.ts';
import { applicationRows, cellOf } from '../../report/table-rows.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** （七）总计 = the sum of every result row, per applicant column. */
export function checkResultsSum(report: Report): Finding[] {
  const rows = applicationRows(report);
  return applicantColumns.flatMap((column) => {
    const finding = checkSum({
      ruleId: 'results-sum',
      table: 'applications',
      left: [cellOf(rows.resultsTotal, column.key)],
      right: rows.results.map((row) => cellOf(row, column.key)),
      what: {
        zh: `「${column.zh}」列的办理结果合计（（一）至（六）之和 = （七）总计）`,
        en: `the outcomes of column "${column.en}" adding up to (7) Total`,
      },
    });
    return finding ? [finding] : [];
  });
}
