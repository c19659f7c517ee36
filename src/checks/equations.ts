import type { Report } from '../report/report-schema.ts';
import { applicantColumns, applicantPartKeys } from '../report/table-layout.ts';
import {
  allApplicationRows,
  appealRows,
  applicationRows,
  cellOf,
  rowName,
  type CellRef,
} from '../report/table-rows.ts';
import type { Label } from '../report/label.ts';
import { impliedBy, type Implied, type SumEquation } from './sum-rule.ts';

// The sums of the national format, as equations over labelled cells: the sum rules check them,
// and a blank total that one of them gives a value explains another's difference.

const byColumn = (c: CellRef): Label => c.columnLabel;

/** 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理, per applicant column. */
export function balanceEquations(report: Report): SumEquation[] {
  const rows = applicationRows(report);
  const rowOf = new Map(
    [rows.received, rows.carriedOver, rows.resultsTotal, rows.carriedForward].flatMap((row) =>
      row.cells.map((c) => [c.path, row.label] as const),
    ),
  );
  return applicantColumns.map((column) => ({
    ruleId: 'balance',
    table: 'applications',
    left: [cellOf(rows.received, column.key), cellOf(rows.carriedOver, column.key)],
    right: [cellOf(rows.resultsTotal, column.key), cellOf(rows.carriedForward, column.key)],
    what: {
      zh: `「${column.zh}」列的平衡关系（新收 + 上年结转 = 办理结果总计 + 结转下年度）`,
      en: `the balance of column "${column.en}" (received + carried over = outcomes total + carried forward)`,
    },
    where: { zh: `「${column.zh}」列`, en: `column "${column.en}"` },
    name: (c) => rowOf.get(c.path) ?? c.label,
  }));
}

/** （七）总计 = the sum of every result row, per applicant column. */
export function resultsSumEquations(report: Report): SumEquation[] {
  const rows = applicationRows(report);
  const names = new Map(
    rows.results.flatMap((row) =>
      row.cells.map((c) => [c.path, { zh: rowName(row, 'zh'), en: rowName(row, 'en') }] as const),
    ),
  );
  return applicantColumns.map((column) => ({
    ruleId: 'results-sum',
    table: 'applications',
    left: [cellOf(rows.resultsTotal, column.key)],
    right: rows.results.map((row) => cellOf(row, column.key)),
    what: {
      zh: `「${column.zh}」列的办理结果合计（（一）至（六）之和 = （七）总计）`,
      en: `the outcomes of column "${column.en}" adding up to (7) Total`,
    },
    where: { zh: `「${column.zh}」列的办理结果`, en: `the outcomes in column "${column.en}"` },
    name: (c) => names.get(c.path) ?? c.label,
  }));
}

/** Each row of table 三: 总计 = 自然人 + the five kinds of organisation. */
export function rowTotalEquations(report: Report): SumEquation[] {
  return allApplicationRows(report).map((row) => ({
    ruleId: 'row-total',
    table: 'applications',
    left: [cellOf(row, 'total')],
    right: applicantPartKeys.map((key) => cellOf(row, key)),
    what: {
      zh: `「${rowName(row, 'zh')}」行的总计（各类申请人之和）`,
      en: `the total of row "${rowName(row, 'en')}" (sum of applicant types)`,
    },
    where: { zh: `「${rowName(row, 'zh')}」行`, en: `row "${rowName(row, 'en')}"` },
    name: byColumn,
  }));
}

/** Each group of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function appealsEquations(report: Report): SumEquation[] {
  return appealRows(report).map((row) => ({
    ruleId: 'appeals-total',
    table: 'appeals',
    left: [cellOf(row, 'total')],
    right: ['upheld', 'corrected', 'other', 'pending'].map((key) => cellOf(row, key)),
    what: {
      zh: `「${row.label.zh}」的总计（维持 + 纠正 + 其他 + 尚未审结）`,
      en: `the total of "${row.label.en}" (upheld + corrected + other + pending)`,
    },
    where: { zh: `「${row.label.zh}」`, en: `row "${row.label.en}"` },
    name: byColumn,
  }));
}

const implied = new WeakMap<Report, Implied>();

/**
 * The blank totals of a report that their filled parts give a value, by path. Where two sums
 * give one cell different values (（七）总计's 总计, by its row and by its column), it has none.
 */
export function impliedTotals(report: Report): Implied {
  const known = implied.get(report);
  if (known) return known;
  const values = new Map<string, number>();
  const conflicting = new Set<string>();
  const equations = [
    ...rowTotalEquations(report),
    ...resultsSumEquations(report),
    ...appealsEquations(report),
  ];
  for (const eq of equations) {
    const value = impliedBy(eq);
    const path = eq.left[0]?.path;
    if (value === null || !path) continue;
    if (values.has(path) && values.get(path) !== value) conflicting.add(path);
    values.set(path, value);
  }
  for (const path of conflicting) values.delete(path);
  implied.set(report, values);
  return values;
}
