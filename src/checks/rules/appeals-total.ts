import type { Report } from '../../report/report-schema.ts';
import { appealRows, cellOf } from '../../report/table-rows.ts';
import type { Finding } from '../finding.ts';
import { checkSum } from '../sum-rule.ts';

/** Each group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function checkAppealsTotals(report: Report): Finding[] {
  return appealRows(report).flatMap((row) => {
    const finding = checkSum({
      ruleId: 'appeals-total',
      table: 'appeals',
      left: [cellOf(row, 'total')],
      right: ['upheld', 'corrected', 'other', 'pending'].map((key) => cellOf(row, key)),
      what: {
        zh: `「${row.label.zh}」的总计（维持 + 纠正 + 其他 + 尚未审结）`,
        en: `the total of "${row.label.en}" (upheld + corrected + other + pending)`,
      },
    });
    return finding ? [finding] : [];
  });
}
