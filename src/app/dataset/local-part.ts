import { datasetRow, type DatasetValue } from '../../dataset/dataset-columns.ts';
import { tablePart, viewColumns } from '../../dataset/dataset-source.ts';
import type { TablePart } from '../../dataset/dataset-table.ts';
import { toReportFile } from '../../export/report-file.ts';
import type { Library } from '../../library/library.ts';

/** The reports in the browser (built in, saved here) as the worker's table holds them. */
export function localPart(library: Library): {
  part: TablePart;
  rows: Record<string, DatasetValue>[];
} {
  const rows = library.entries.map((entry) =>
    datasetRow(
      { report: entry.report, findings: entry.allFindings, file: toReportFile(entry.report) },
      entry.agencyKey,
    ),
  );
  const columns = Object.fromEntries(
    viewColumns().map((name) => [name, rows.map((r) => r[name] ?? null)]),
  );
  const part = tablePart(
    columns,
    rows.length,
    'local',
    library.entries.map((e) => e.origin),
  );
  return { part, rows };
}
