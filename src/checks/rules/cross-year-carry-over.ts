import { applicantColumns } from '../../report/table-layout.ts';
import { applicationRows, cellOf } from '../../report/table-rows.ts';
import type { CrossReportFinding } from '../finding.ts';
import {
  blankCells,
  crossFinding,
  isNumber,
  notAssessable,
  reportName,
  type YearPair,
} from '../year-pair.ts';

/** This year's 二、上年结转 = last year's 四、结转下年度继续办理, per applicant column. */
export function checkCarryOver(pair: YearPair): CrossReportFinding[] {
  const later = applicationRows(pair.later).carriedOver;
  const earlier = applicationRows(pair.earlier).carriedForward;
  const last = reportName(pair.earlier);
  return applicantColumns.flatMap((column) => {
    const now = cellOf(later, column.key);
    const before = cellOf(earlier, column.key);
    const parts = {
      ruleId: 'cross-year-carry-over',
      table: 'applications',
      pair,
      later: [now],
      earlier: [before],
    } as const;
    const what = {
      zh: `「${column.zh}」列的上年结转（= ${last.zh}的结转下年度）`,
      en: `the carry-over of column "${column.en}" (= what ${last.en} carried forward)`,
    };
    const missing = [now, before].filter((c) => !isNumber(c));
    if (missing.length > 0) {
      const why = blankCells(missing, pair.earlier, new Set([before]));
      return [crossFinding(parts, { status: 'not-assessable', message: notAssessable(what, why) })];
    }
    const actual = now.cell.value as number;
    const expected = before.cell.value as number;
    if (actual === expected) return [];
    return [
      crossFinding(parts, {
        status: 'failed',
        expected,
        actual,
        message: {
          zh: `${now.label.zh} 为 ${actual}，但${last.zh}的 ${before.label.zh} 为 ${expected}`,
          en: `${now.label.en} is ${actual}, but ${last.en} has ${expected} in ${before.label.en}`,
        },
      }),
    ];
  });
}
