import type { TableRow } from '../../components/tables/table-types.ts';
import type { Label } from '../../report/label.ts';
import type { RowRef } from '../../report/table-rows.ts';

/** A report row as a DataTable row: its id is the JSON path below the section. */
export function toTableRow(row: RowRef, section: string, label: (l: Label) => string): TableRow {
  return {
    id: row.path.slice(`sections.${section}.`.length),
    label: label(row.label),
    cells: Object.fromEntries(row.cells.map((c) => [c.column, { cell: c.cell, path: c.path }])),
  };
}

export function groupRow(id: string, text: string, children: TableRow[]): TableRow {
  return { id, label: text, cells: {}, children };
}
