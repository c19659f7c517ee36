import type { RawCell } from '../../report/cell.ts';
import { isBlankText } from '../../report/spaces.ts';
import { type ImportIssue, type SourceLocation, issue } from '../import-issue.ts';
import { type RowSpec, matchRowLabel, specId } from './row-labels.ts';
import type { RowBlock, SourceCell } from '../source-document.ts';
import { toRawCell } from './cell-value.ts';
import { isValueToken } from '../value-token.ts';
import { foldLabel } from './fold-label.ts';

export interface FoundRow {
  readonly spec: RowSpec;
  readonly cells: readonly RawCell[];
  readonly location: SourceLocation;
}

export interface TableReading {
  /** By `specId`: the rows found, each with as many cells as the row has columns. */
  readonly found: ReadonlyMap<string, FoundRow>;
  /** How many of the rows found had their values placed (not left blank for a mismatch). */
  readonly placed: number;
  readonly warnings: readonly ImportIssue[];
}

interface Labelled {
  readonly spec: RowSpec;
  readonly index: number;
}

/** The row's label: the rightmost cell that names a row (left cells hold group labels). */
function findLabel(cells: readonly SourceCell[], specs: readonly RowSpec[]): Labelled | null {
  let found: Labelled | null = null;
  cells.forEach((cell, index) => {
    if (isBlankText(cell.text) || isValueToken(cell.text)) return;
    const match = matchRowLabel(cell.text, specs);
    if (match) found = { spec: match.spec, index };
  });
  return found;
}

/** The index of the last cell holding label text (not blank, not a value), or -1. */
export function lastLabelIndex(cells: readonly SourceCell[]): number {
  let last = -1;
  cells.forEach((cell, index) => {
    if (!isBlankText(cell.text) && !isValueToken(cell.text) && foldLabel(cell.text) !== '') {
      last = index;
    }
  });
  return last;
}

/**
 * The value cells of a row with `count` columns: the cells after its label. Extra blank
 * cells before them (a merged cell's place) are dropped; too few cells cannot be placed.
 */
export function takeValues(
  values: readonly SourceCell[],
  count: number,
): { cells: RawCell[] } | { problem: 'few' | 'extra' } {
  if (values.length < count) return { problem: 'few' };
  const extra = values.slice(0, values.length - count);
  if (extra.some((cell) => !isBlankText(cell.text))) return { problem: 'extra' };
  return { cells: values.slice(values.length - count).map((cell) => toRawCell(cell.text)) };
}

export function placeWarning(
  label: string,
  columns: number,
  found: number,
  problem: 'few' | 'extra',
  location: SourceLocation,
): ImportIssue {
  return problem === 'few'
    ? issue(
        `“${label}”这一行只找到 ${found} 个数值，应有 ${columns} 个，无法确定哪些单元格是空白，这一行的单元格留空`,
        `Row "${label}" has ${found} values where it has ${columns} columns; which cells are blank cannot be told, so the row's cells are left blank`,
        location,
      )
    : issue(
        `“${label}”这一行有 ${found} 个单元格，多于 ${columns} 列，无法确定对应关系，这一行的单元格留空`,
        `Row "${label}" has ${found} cells, more than its ${columns} columns; they cannot be matched to columns, so the row's cells are left blank`,
        location,
      );
}

/**
 * A row's values with those of the label-less rows after it, while they still fit: values
 * that wrapped onto the next line, or a layout that prints one cell a line. Returns the
 * values and how many rows they took.
 */
export function valuesWithContinuations(
  rows: readonly RowBlock[],
  at: number,
  first: readonly SourceCell[],
  count: number,
): { values: SourceCell[]; used: number } {
  const values = [...first];
  let used = 1;
  for (let j = at + 1; values.length < count && j < rows.length; j++) {
    const next = rows[j] as RowBlock;
    if (lastLabelIndex(next.cells) !== -1 || values.length + next.cells.length > count) break;
    values.push(...next.cells);
    used += 1;
  }
  return values.length === count ? { values, used } : { values: [...first], used: 1 };
}

/** Reads the rows of one table section against the rows it may hold. */
export function readTableRows(rows: readonly RowBlock[], specs: readonly RowSpec[]): TableReading {
  const found = new Map<string, FoundRow>();
  const warnings: ImportIssue[] = [];
  const repeats = new Map<string, { label: string; count: number; location: SourceLocation }>();
  let placed = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RowBlock;
    const label = findLabel(row.cells, specs);
    if (!label) continue;
    const after = row.cells.slice(label.index + 1);
    // A label with nothing after it is a heading row or a group label: no cells to read.
    if (after.length === 0) continue;
    const { spec } = label;
    if (spec.group) {
      if (after.some((cell) => !isBlankText(cell.text))) {
        warnings.push(
          issue(
            `“${spec.label}”这一行印有数值（小计），格式中没有这一行的单元格，未读取`,
            `Row "${spec.label}" prints values (a subtotal); the format has no cells for it, so they are not read`,
            row.location,
          ),
        );
      }
      continue;
    }
    const id = specId(spec);
    if (found.has(id)) {
      const seen = repeats.get(id);
      if (seen) seen.count += 1;
      else repeats.set(id, { label: spec.label, count: 2, location: row.location });
      continue;
    }
    const { values, used } = valuesWithContinuations(rows, i, after, spec.columns.length);
    i += used - 1;
    const taken = takeValues(values, spec.columns.length);
    if ('problem' in taken) {
      warnings.push(
        placeWarning(spec.label, spec.columns.length, values.length, taken.problem, row.location),
      );
      found.set(id, { spec, cells: spec.columns.map(() => null), location: row.location });
      continue;
    }
    found.set(id, { spec, cells: taken.cells, location: row.location });
    placed += 1;
  }
  for (const { label, count, location } of repeats.values()) {
    warnings.push(
      issue(
        `“${label}”这一行出现了 ${count} 次，只读取了第一次（第二次出现在这里）`,
        `Row "${label}" appears ${count} times; only the first is read (the second is here)`,
        location,
      ),
    );
  }
  return { found, placed, warnings };
}
