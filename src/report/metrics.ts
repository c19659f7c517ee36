import { isBlank } from './cell.ts';
import type { Report } from './report-schema.ts';
import { applicantPartKeys } from './table-layout.ts';
import { applicationRows, appealRows, cellOf, type RowRef } from './table-rows.ts';

/** A figure computed from the report, with how it was obtained. */
export interface Metric {
  /** null when it cannot be computed (a denominator of 0, or missing cells): shown as "—". */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** True when a blank 总计 was replaced by the sum of its row's filled cells. */
  readonly derived: boolean;
}

/** A row's 总计 as printed or, when it is blank but its parts are filled, their sum. */
export function rowTotal(row: RowRef): { value: number | null; derived: boolean } {
  const total = cellOf(row, 'total').cell;
  if (total.value !== null) return { value: total.value, derived: false };
  if (!isBlank(total)) return { value: null, derived: false };
  const parts = applicantPartKeys.map((k) => cellOf(row, k).cell).filter((c) => c.value !== null);
  if (parts.length === 0) return { value: null, derived: false };
  return { value: parts.reduce((s, c) => s + (c.value ?? 0), 0), derived: true };
}

function ratio(numerator: number | null, denominator: number | null, derived: boolean): Metric {
  const value =
    numerator === null || denominator === null || denominator === 0
      ? null
      : numerator / denominator;
  return { value, numerator, denominator, derived };
}

function sumOf(values: readonly { value: number | null; derived: boolean }[]): {
  value: number | null;
  derived: boolean;
} {
  const known = values.filter((v) => v.value !== null);
  if (known.length === 0) return { value: null, derived: false };
  return {
    value: known.reduce((s, v) => s + (v.value ?? 0), 0),
    derived: values.some((v) => v.derived),
  };
}

/** 实质公开率 = (予以公开 + 部分公开) / （七）总计. */
export function disclosureRate(report: Report): Metric {
  const rows = applicationRows(report);
  const granted = rowTotal(rows.results[0] as RowRef);
  const partial = rowTotal(rows.results[1] as RowRef);
  const total = rowTotal(rows.resultsTotal);
  const numerator =
    granted.value === null && partial.value === null ? null : sumOf([granted, partial]);
  return ratio(numerator?.value ?? null, total.value, Boolean(numerator?.derived) || total.derived);
}

export function applicationsReceived(report: Report): { value: number | null; derived: boolean } {
  return rowTotal(applicationRows(report).received);
}

/** 复议纠错率 = 纠正 / (总计 − 尚未审结), per appeals group. */
export function correctionRate(row: RowRef): Metric {
  const corrected = cellOf(row, 'corrected').cell.value;
  const total = cellOf(row, 'total').cell.value;
  const pending = cellOf(row, 'pending').cell.value;
  const decided = total === null ? null : total - (pending ?? 0);
  return ratio(corrected, decided, false);
}

/** All reconsideration and litigation cases: the sum of the three groups' printed 总计. */
export function appealsTotal(report: Report): { value: number | null; derived: boolean } {
  return sumOf(
    appealRows(report).map((row) => ({ value: cellOf(row, 'total').cell.value, derived: false })),
  );
}
