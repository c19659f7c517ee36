import type { Finding } from '../checks/finding.ts';
import { failedChecksBehind, metricDefinitions } from '../library/metric-catalogue.ts';
import { parseReport } from '../report/parse-report.ts';
import type { Report } from '../report/report-schema.ts';
import { appealRows, applicationRows, proactiveRows } from '../report/template-mapping.ts';

// The dataset's columns, defined once for the writer, the reader and the worker: a report's
// metadata and check counts, every metric of the comparison with its flags, every table cell
// of either template, the cells' printed text where it is not a plain number, and the report
// file itself. Names are snake-like (`applications_received_total`) so that DuckDB, pandas and
// Polars read them without quoting; the file's order puts what the pages read first, so that
// a page's columns are one range of bytes.

export type ColumnType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'JSON';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /**
   * Every row has a value (Parquet's REQUIRED): a reader then gets the column as it is stored,
   * with no null levels to unpack (in the browser that halved the time to read a view's columns).
   */
  readonly required?: true;
}

export const metaColumns = [
  { name: 'id', type: 'STRING', required: true },
  { name: 'agency', type: 'STRING', required: true },
  { name: 'agency_key', type: 'STRING', required: true },
  { name: 'region', type: 'STRING' },
  { name: 'level', type: 'STRING' },
  { name: 'year', type: 'INT32', required: true },
  { name: 'template', type: 'STRING', required: true },
  { name: 'published_on', type: 'STRING' },
  { name: 'synthetic', type: 'BOOLEAN', required: true },
  { name: 'errors', type: 'INT32', required: true },
  { name: 'warnings', type: 'INT32', required: true },
  { name: 'not_assessable', type: 'INT32', required: true },
] as const satisfies readonly ColumnSpec[];

export type MetaColumn = (typeof metaColumns)[number]['name'];

/** `denied.stateSecret` → `metric_denied_stateSecret`. */
export const metricColumn = (id: string) => `metric_${id.replace(/\./g, '_')}`;
/** The flags of a metric: see `MetricFlag`. */
export const flagColumn = (id: string) => `flag_${id.replace(/\./g, '_')}`;

/** Bits of a metric's flag column. */
export const MetricFlag = {
  /** A failed check (an error) on a cell it is computed from: rank it with care. */
  failedCheck: 1,
  /** A blank 总计 replaced by the sum of its row's cells. */
  derived: 2,
  /** The report's template has no such cell. */
  notInTemplate: 4,
} as const;

/** `sections.applications.received.total` → `applications_received_total`. */
export const cellColumn = (path: string) => path.replace(/^sections\./, '').replace(/\./g, '_');

export const PRINTED_COLUMN = 'printed';
export const REPORT_COLUMN = 'report';

/** Every cell of a report's three tables, with its JSON path. */
export function reportCells(report: Report) {
  const apps = applicationRows(report);
  const rows = [
    ...proactiveRows(report),
    apps.received,
    apps.carriedOver,
    ...apps.results,
    apps.resultsTotal,
    apps.carriedForward,
    ...appealRows(report),
  ];
  return rows.flatMap((row) => row.cells);
}

function emptyReport(template: '2019' | '2021', split: boolean): Report {
  const otherHandling = split ? { noCorrection: {} } : { person: null };
  const sections = template === '2021' ? { applications: { results: { otherHandling } } } : {};
  const parsed = parseReport({
    schemaVersion: 1,
    id: 'x',
    agency: { name: 'x' },
    year: 2020,
    template,
    sections,
  });
  if (!parsed.ok) throw new Error('the empty report does not parse');
  return parsed.report;
}

let cellPaths: readonly string[] | undefined;

/** Every cell path of either template (2021 with either form of （六）), in table order. */
export function allCellPaths(): readonly string[] {
  cellPaths ??= [
    ...new Set(
      [emptyReport('2019', false), emptyReport('2021', false), emptyReport('2021', true)].flatMap(
        (report) => reportCells(report).map((c) => c.path),
      ),
    ),
  ];
  return cellPaths;
}

/** Every column in the file's order. */
export function datasetColumns(): ColumnSpec[] {
  return [
    ...metaColumns,
    ...metricDefinitions.map((m) => ({ name: metricColumn(m.id), type: 'DOUBLE' as const })),
    ...metricDefinitions.map((m) => ({
      name: flagColumn(m.id),
      type: 'INT32' as const,
      required: true as const,
    })),
    ...allCellPaths().map((path) => ({ name: cellColumn(path), type: 'DOUBLE' as const })),
    { name: PRINTED_COLUMN, type: 'JSON' },
    { name: REPORT_COLUMN, type: 'JSON' },
  ];
}

export type DatasetValue = string | number | boolean | null | object;

/** A loaded report's metrics and flags, the library's reading of it. */
export function metricValues(report: Report, findings: readonly Finding[]) {
  const values: Record<string, DatasetValue> = {};
  for (const metric of metricDefinitions) {
    const value = metric.read(report, findings);
    let flags = 0;
    if (failedChecksBehind(value, findings).length > 0) flags |= MetricFlag.failedCheck;
    if (value.derived) flags |= MetricFlag.derived;
    if (!value.inTemplate) flags |= MetricFlag.notInTemplate;
    values[metricColumn(metric.id)] = value.value;
    values[flagColumn(metric.id)] = flags;
  }
  return values;
}

export interface DatasetInput {
  readonly report: Report;
  /** Its own findings and those across years. */
  readonly findings: readonly Finding[];
  /** The report file as written (its parsed JSON): kept whole, so a row opens as the report. */
  readonly file: unknown;
}

/** One report as one row of the dataset, by column name. */
export function datasetRow({ report, findings, file }: DatasetInput, agencyKey: string) {
  const failed = findings.filter((f) => f.status === 'failed');
  const printed: Record<string, string> = {};
  const row: Record<string, DatasetValue> = {
    id: report.id,
    agency: report.agency.name,
    agency_key: agencyKey,
    region: report.agency.region ?? null,
    level: report.agency.level ?? null,
    year: report.year,
    template: report.template,
    published_on: report.publishedOn ?? null,
    synthetic: report.synthetic === true,
    errors: failed.filter((f) => f.severity === 'error').length,
    warnings: failed.filter((f) => f.severity === 'warning').length,
    not_assessable: findings.filter((f) => f.status === 'not-assessable').length,
    ...metricValues(report, findings),
  };
  for (const { path, cell } of reportCells(report)) {
    row[cellColumn(path)] = cell.value;
    if (typeof cell.raw === 'string') printed[path] = cell.raw;
  }
  row[PRINTED_COLUMN] = printed;
  row[REPORT_COLUMN] = file as object;
  return row;
}
