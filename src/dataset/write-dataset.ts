import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { CrossReportFinding, Finding } from '../checks/finding.ts';
import { runCrossChecks } from '../checks/run-cross-checks.ts';
import type { LoadedReport } from '../load/load-report.ts';
import { agencyKey } from '../report/agency-key.ts';
import {
  datasetColumns,
  datasetRow,
  type ColumnSpec,
  type DatasetInput,
  type DatasetValue,
} from './dataset-columns.ts';
import { DATASET_FORMAT, DATASET_VERSION, type DatasetIndex } from './dataset-index.ts';

// Reports → a dataset: a Parquet file a year (a shard) and index.json. Rows in id order, no
// time or machine in any byte: the same reports give the same files. Used by
// `npm run dataset` and by the page's "download the selection as Parquet".

/** One report to write: loaded (validated, checked) and the file it was loaded from. */
export interface WriteInput extends LoadedReport {
  readonly file: unknown;
}

export interface DatasetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const CREATED_BY = 'xxgk-dashboard dataset 1';

/** Its own findings and those of the checks across years (the later of two years). */
function withCrossFindings(inputs: readonly WriteInput[]): DatasetInput[] {
  const cross = new Map<string, CrossReportFinding[]>();
  for (const finding of runCrossChecks(inputs.map((i) => i.report))) {
    cross.set(finding.reportId, [...(cross.get(finding.reportId) ?? []), finding]);
  }
  return inputs.map(({ report, findings, file }) => ({
    report,
    file,
    findings: [...findings, ...(cross.get(report.id) ?? [])] as Finding[],
  }));
}

/** Rows (objects by column name) as one Parquet file with the given columns. */
export function parquetOf(
  rows: readonly Record<string, DatasetValue>[],
  columns: readonly ColumnSpec[] = datasetColumns(),
): Uint8Array {
  for (const { name, required } of columns) {
    const at = required ? rows.findIndex((row) => (row[name] ?? null) === null) : -1;
    if (at >= 0) {
      throw new Error(
        `row ${at + 1} (${String(rows[at]?.id ?? 'no id')}): no ${name}, which every row must have`,
      );
    }
  }
  const columnData: ColumnSource[] = columns.map(({ name, type, required }) => ({
    name,
    type,
    data: rows.map((row) => row[name] ?? null),
    ...(required ? { nullable: false } : {}),
    // Long text (a report, its printed cells) gets no min/max statistics: nobody filters on
    // them, and they would only make the footer each reader fetches longer.
    ...(type === 'JSON' ? { statistics: false } : {}),
  }));
  return new Uint8Array(
    parquetWriteBuffer({
      columnData,
      createdBy: CREATED_BY,
      // One row group a shard: a view's columns are then one read each, and the offset index
      // (written by default) still lets a reader fetch one page of the report column alone.
      rowGroupSize: Math.max(1, rows.length),
      pageSize: 256 * 1024,
    }),
  );
}

export type DatasetRow = Record<string, DatasetValue>;

/**
 * These reports as dataset rows, with the checks across years among them. Reports of other
 * agencies do not affect a row: many reports can be turned into rows an agency's at a time,
 * without holding them all (the bench's 100,000).
 */
export function datasetRows(inputs: readonly WriteInput[]): DatasetRow[] {
  return withCrossFindings(inputs).map((input) =>
    datasetRow(input, agencyKey(input.report.agency)),
  );
}

/** The dataset of these reports: its shards (one a year) and their index. */
export function writeDataset(inputs: readonly WriteInput[]): {
  index: DatasetIndex;
  files: DatasetFile[];
} {
  return datasetOfRows(datasetRows(inputs));
}

/** Rows (of `datasetRows`) as a dataset: its shards, rows in id order, and their index. */
export function datasetOfRows(unsorted: DatasetRow[]): {
  index: DatasetIndex;
  files: DatasetFile[];
} {
  const rows = unsorted.sort((a, b) =>
    String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0,
  );
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const files: DatasetFile[] = [];
  const shards: DatasetIndex['shards'] = [];
  for (const year of years) {
    const shardRows = rows.filter((r) => r.year === year);
    const file = `reports-${year}.parquet`;
    const bytes = parquetOf(shardRows);
    files.push({ name: file, bytes });
    shards.push({ file, year, rows: shardRows.length, bytes: bytes.byteLength });
  }
  const index: DatasetIndex = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    reports: rows.length,
    synthetic: rows.filter((r) => r.synthetic === true).length,
    columns: datasetColumns().map((c) => c.name),
    shards,
  };
  return { index, files };
}
