import type { Report } from '../../report/report-schema.ts';
import { cellOf, proactiveRows } from '../../report/table-rows.ts';
import type { CrossReportFinding } from '../finding.ts';
import {
  blankCells,
  crossFinding,
  isNumber,
  notAssessable,
  reportName,
  type YearPair,
} from '../year-pair.ts';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function rowOf(report: Report, key: string) {
  return proactiveRows(report).find((r) => r.key === key);
}

/**
 * 规章 and 行政规范性文件, 2021 template on both sides: this year's 现行有效件数 = last year's
 * 现行有效件数 + this year's 本年制发件数 − 本年废止件数.
 */
export function checkInForce(pair: YearPair): CrossReportFinding[] {
  const last = reportName(pair.earlier);
  return (['rules', 'normativeDocuments'] as const).flatMap((key) => {
    const laterRow = rowOf(pair.later, key);
    const earlierRow = rowOf(pair.earlier, key);
    // The row's 2021 name, whichever template this report has.
    const label =
      (pair.later.template === '2021' ? laterRow : earlierRow)?.label ?? laterRow?.label;
    const what = {
      zh: `「${label?.zh}」的现行有效件数（= ${last.zh}的现行有效件数 + 本年制发 − 本年废止）`,
      en: `the documents in force of "${label?.en}" (= those in force in ${last.en} + issued − repealed)`,
    };
    if (
      pair.later.template !== '2021' ||
      pair.earlier.template !== '2021' ||
      !laterRow ||
      !earlierRow
    ) {
      const old = [pair.earlier, pair.later].filter((r) => r.template !== '2021');
      return [
        crossFinding(
          {
            ruleId: 'cross-year-in-force',
            table: 'proactive',
            pair,
            // Every cell of the row: the template has no in-force column to point at.
            later: laterRow?.cells ?? [],
            earlier: earlierRow?.cells ?? [],
          },
          {
            status: 'not-assessable',
            message: notAssessable(what, {
              zh: `${old.map((r) => reportName(r).zh).join('、')}采用 2019 年版格式，没有现行有效件数`,
              en: `${old.map((r) => reportName(r).en).join('; ')} follows the 2019 template, which has no documents in force`,
            }),
          },
        ),
      ];
    }
    const inForce = cellOf(laterRow, 'inForce');
    const issued = cellOf(laterRow, 'issued');
    const repealed = cellOf(laterRow, 'repealed');
    const before = cellOf(earlierRow, 'inForce');
    const parts = {
      ruleId: 'cross-year-in-force',
      table: 'proactive',
      pair,
      later: [inForce, issued, repealed],
      earlier: [before],
    } as const;
    const missing = [inForce, issued, repealed, before].filter((c) => !isNumber(c));
    if (missing.length > 0) {
      const why = blankCells(missing, pair.earlier, new Set([before]));
      return [crossFinding(parts, { status: 'not-assessable', message: notAssessable(what, why) })];
    }
    const value = (c: typeof before) => c.cell.value as number;
    const expected = round(value(before) + value(issued) - value(repealed));
    const actual = value(inForce);
    if (actual === expected) return [];
    return [
      crossFinding(parts, {
        status: 'failed',
        expected,
        actual,
        message: {
          zh: `${inForce.label.zh} 应为 ${expected}（${last.zh}的 ${value(before)} + 本年制发 ${value(issued)} − 本年废止 ${value(repealed)}），实际为 ${actual}`,
          en: `${inForce.label.en} should be ${expected} (${value(before)} in force in ${last.en} + ${value(issued)} issued − ${value(repealed)} repealed), found ${actual}`,
        },
      }),
    ];
  });
}
