import type { RawCell } from '../report/cell.ts';

/**
 * A table as the reader sees it, ready to be written to a file: the visible columns in order,
 * the visible rows in order, each labelled with its full path (`（三）不予公开 / 1.属于国家秘密`)
 * and each cell as printed in the report (a number, the printed text, or null for blank).
 */
export interface ExportTable {
  /** The table's caption; also names its sheet in a workbook. */
  title: string;
  /** Header of the row label column. */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly ExportRow[];
}

export interface ExportRow {
  label: string;
  cells: readonly RawCell[];
}

/** Header row, then one record a row: what a CSV or a sheet holds. */
export function tableRecords(table: ExportTable): RawCell[][] {
  return [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((row) => [row.label, ...row.cells]),
  ];
}
