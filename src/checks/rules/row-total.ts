import type { Report } from '../../report/report-schema.ts';
import { applicantPartKeys } from '../../report/table-layout.ts';
import { allApplicationRows, cellOf, rowName } from '../../report/table-rows.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** Each row of table 三: 总计 = 自然人 + the five kinds of organisation. */
export function checkRowTotals(report: Report): Finding[] {
  return allApplicationRows(report).flatMap((row) => {
    const finding = checkSum({
      ruleId: 'row-total',
      table: 'applications',
      left: [cellOf(row, 'total')],
      right: applicantPartKeys.map((key) => cellOf(row, key)),
      what: {
        zh: `「${rowName(row, 'zh')}」行的总计（各类申请人之和）`,
        en: `the total of row "${rowName(row, 'en')}" (sum of applicant types)`,
      },
    });
    return finding ? [finding] : [];
  });
}
