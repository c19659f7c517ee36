import type { TableRow } from './table-types.ts';
import { cellKind } from './cell-kind.ts';

/** Every row, depth first. */
export function flattenRows(rows: readonly TableRow[]): TableRow[] {
  return rows.flatMap((row) => [row, ...flattenRows(row.children ?? [])]);
}

/** Ids of the rows that have children, i.e. that can be collapsed. */
export function groupRowIds(rows: readonly TableRow[]): string[] {
  return flattenRows(rows)
    .filter((row) => row.children?.length)
    .map((row) => row.id);
}

function isEmptyRow(row: TableRow, columnIds: readonly string[]): boolean {
  return columnIds.every((id) => cellKind(row.cells[id]?.cell) === 'blank');
}

/**
 * Drops rows whose cells in `columnIds` are all blank (a not-applicable mark is not blank).
 * A group stays while any of its children stays.
 */
export function dropEmptyRows(rows: readonly TableRow[], columnIds: readonly string[]): TableRow[] {
  return rows.flatMap((row) => {
    if (!row.children?.length) return isEmptyRow(row, columnIds) ? [] : [row];
    const children = dropEmptyRows(row.children, columnIds);
    if (children.length === 0 && isEmptyRow(row, columnIds)) return [];
    const unchanged =
      children.length === row.children.length &&
      children.every((child, i) => child === row.children?.[i]);
    return [unchanged ? row : { ...row, children }];
  });
}
