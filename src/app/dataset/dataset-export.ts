import type { TableRow } from '../../components/tables/table-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import type { ViewName } from '../../dataset/worker-protocol.ts';
import { buildCsv } from '../../export/csv.ts';
import { downloadBlob, downloadText } from '../../export/download.ts';
import { tableRecords, type ExportTable } from '../../export/export-table.ts';
import { buildXlsx } from '../../export/sheet-cells.ts';
import { ask } from './dataset-client.ts';

export interface ColumnHeader {
  readonly id: string;
  readonly header: string;
}

interface Selection {
  readonly view: ViewName;
  readonly format: 'parquet' | 'csv' | 'xlsx';
  readonly fileName: string;
  readonly title: string;
  readonly rowHeader: string;
  readonly columns: readonly ColumnHeader[];
  /** The worker's rows as the page's table draws them (dataset-rows.ts): a file reads as it. */
  readonly toRows: (rows: readonly WindowRow[]) => readonly TableRow[];
}

/** Every row of the view's query (in its order) as a file: Parquet from the worker, or a table. */
export async function downloadSelection(selection: Selection): Promise<void> {
  const { view, format, fileName } = selection;
  if (format === 'parquet') {
    const { bytes } = await ask({ type: 'parquet', view });
    downloadBlob(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' }),
      `${fileName}.parquet`,
    );
    return;
  }
  const { rows } = await ask({
    type: 'window',
    view,
    start: 0,
    count: Number.MAX_SAFE_INTEGER,
    columns: selection.columns.map((c) => c.id),
  });
  const table = selectionTable(selection, rows);
  if (format === 'csv') {
    downloadText(buildCsv(tableRecords(table)), `${fileName}.csv`, 'text/csv;charset=utf-8');
  } else downloadBlob(await buildXlsx([table]), `${fileName}.xlsx`);
}

/**
 * The view's rows as the table shows them: its labels, a level or a template in words (not the
 * dataset's codes: 市级, not city), a share as a percentage to one decimal, — where a metric
 * cannot be computed.
 */
export function selectionTable(
  selection: Pick<Selection, 'title' | 'rowHeader' | 'columns' | 'toRows'>,
  rows: readonly WindowRow[],
): ExportTable {
  return {
    title: selection.title,
    rowHeader: selection.rowHeader,
    columns: selection.columns.map((c) => c.header),
    rows: selection.toRows(rows).map((row) => ({
      label: row.label,
      cells: selection.columns.map((c) => row.cells[c.id]?.cell.raw ?? null),
    })),
  };
}
