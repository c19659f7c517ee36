import type { Report } from '../report/report-schema.ts';
import { applicantColumns, applicantPartKeys } from '../report/table-layout.ts';
import {
  allApplicationRows,
  appealRows,
  applicationRows,
  cellOf,
  rowName,
} from '../report/table-rows.ts';
import { impliedBy, type Implied, type SumEquation } from './sum-rule.ts';

// The sums of the national format as equations over labelled cells: the sum rules check them,
// and a blank total that one of them gives a value explains another's difference.

/** 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, per applicant column. */
export function balanceEquations(report: Report): SumEquation[] {
  const rows = applicationRows(report);
  return applicantColumns.map((column) => ({
    ruleId: 'balance',
    table: 'applications',
    left: [cellOf(rows.received, column.key), cellOf(rows.carriedOver, column.key)],
    right: [cellOf(rows.resultsTotal, column.key), cellOf(rows.carriedForward, column.key)],
    where: { zh: `「${column.zh}」列的平衡关系`, en: `the balance of column "${column.en}"` },
    name: 'rowLabel',
  }));
}

/** （七）总计 = the sum of every result row, per applicant column. */
export function resultsSumEquations(report: Report): SumEquation[] {
  const rows = applicationRows(report);
  return applicantColumns.map((column) => ({
    ruleId: 'results-sum',
    table: 'applications',
    left: [cellOf(rows.resultsTotal, column.key)],
    right: rows.results.map((row) => cellOf(row, column.key)),
    where: {
      zh: `「${column.zh}」列的办理结果合计`,
      en: `the outcomes total of column "${column.en}"`,
    },
    name: 'rowLabel',
  }));
}

/** Each row of table 三: 总计 = 自然人 + the five kinds of organisation. */
export function rowTotalEquations(report: Report): SumEquation[] {
  return allApplicationRows(report).map((row) => ({
    ruleId: 'row-total',
    table: 'applications',
    left: [cellOf(row, 'total')],
    right: applicantPartKeys.map((key) => cellOf(row, key)),
    where: {
      zh: `「${rowName(row, 'zh')}」行的总计`,
      en: `the total of row "${rowName(row, 'en')}"`,
    },
    name: 'columnLabel',
  }));
}

/** Each group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function appealsEquations(report: Report): SumEquation[] {
  return appealRows(report).map((row) => ({
    ruleId: 'appeals-total',
    table: 'appeals',
    left: [cellOf(row, 'total')],
    right: ['upheld', 'corrected', 'other', 'pending'].map((key) => cellOf(row, key)),
    where: { zh: `「${row.label.zh}」的总计`, en: `the total of "${row.label.en}"` },
    name: 'columnLabel',
  }));
}

/** The blank totals of a report that their filled parts give a value, by path. */
export function impliedTotals(report: Report): Implied {
  const values = new Map<string, number>();
  for (const eq of [
    ...rowTotalEquations(report),
    ...resultsSumEquations(report),
    ...appealsEquations(report),
  ]) {
    const value = impliedBy(eq);
    // A cell two sums give a value (（七）总计's 总计) keeps the first: a difference is put down
    // to a blank cell only when that value makes it up exactly.
    if (value !== null && eq.left[0] && !values.has(eq.left[0].path)) {
      values.set(eq.left[0].path, value);
    }
  }
  return values;
}
