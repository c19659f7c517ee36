import type { TableExportMessages } from '../../i18n/export-messages.ts';
import type { Cell } from '../../report/cell.ts';

// The data table's public contract: its rows, columns, notes and view state. The view state's
// URL form is in table-view-state.ts, its strings in src/i18n/table-messages.ts.

/** A data column; `group` names a header spanning the consecutive columns that share it. */
export interface TableColumn {
  id: string;
  header: string;
  group?: string;
}

/** A cell with its JSON path, e.g. 'sections.applications.received.person'. */
export interface TableCellRef {
  cell: Cell;
  path: string;
}

/**
 * A row; `children` make it a group (（三）不予公开 with its eight reasons), which may have no
 * cells of its own. Ids must be unique across the whole tree: they key collapsed groups.
 */
export interface TableRow {
  id: string;
  label: string;
  cells: Record<string, TableCellRef | undefined>;
  children?: TableRow[];
}

export interface CellNote {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface TableViewState {
  /** Column id, or 'label' for the row label column. */
  sort: { column: string; desc: boolean } | null;
  /** Per column id (incl. 'label'); numeric forms: '>3', '<=2', '=0', '3', 'blank', 'na'. */
  filters: Record<string, string>;
  /** Over labels and printed values of the visible columns. */
  search: string;
  /** Hide rows whose visible cells are all blank. */
  hideEmpty: boolean;
  hiddenColumns: string[];
  /** Ids of collapsed group rows; groups are expanded by default. */
  collapsed: string[];
}

/** What a table needs to offer its rows as files. */
export interface TableExport {
  /** File name without extension: `聊城市农业农村局-2020-applications-table`. */
  fileName: string;
  messages: TableExportMessages;
}
