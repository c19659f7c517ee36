import type { ExportTable } from '../../export/export-table.ts';
import type { TableColumn, TableRow } from './table-types.ts';

export interface ShownRow {
  row: TableRow;
  /** Labels of the enclosing groups, outermost first. */
  groups: readonly string[];
}

/**
 * The table as it is on screen, for a file: the shown columns (a grouped one named
 * `group / column`), the shown rows in their order with their full path
 * (`三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密`), each cell as printed.
 */
export function toExportTable(args: {
  title: string;
  rowHeader: string;
  columns: readonly TableColumn[];
  hiddenColumns: readonly string[];
  rows: readonly ShownRow[];
}): ExportTable {
  const shown = args.columns.filter((c) => !args.hiddenColumns.includes(c.id));
  return {
    title: args.title,
    rowHeader: args.rowHeader,
    columns: shown.map((c) => (c.group === undefined ? c.header : `${c.group} / ${c.header}`)),
    rows: args.rows.map(({ row, groups }) => ({
      label: [...groups, row.label].join(' / '),
      cells: shown.map((c) => row.cells[c.id]?.cell.raw ?? null),
    })),
  };
}
