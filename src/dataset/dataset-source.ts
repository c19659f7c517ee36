import type { AsyncBuffer } from 'hyparquet';
import { metricDefinitions } from '../library/metric-catalogue.ts';
import { flagColumn, metaColumns, metricColumn } from './dataset-columns.ts';
import { readDatasetIndex, type DatasetIndex } from './dataset-index.ts';
import { DatasetProblem, problemOf } from './dataset-problem.ts';
import type { TablePart } from './dataset-table.ts';
import { openShard, readColumns, type ColumnArray, type OpenShard } from './read-dataset.ts';

// Where a dataset's bytes come from: files beside the app (read by HTTP range requests, or
// whole from a server that ignores ranges) or files the reader opened from disk (read by
// slices). Either way only the columns asked for are read.

export type DatasetSource =
  | {
      readonly kind: 'url';
      readonly base: string;
      /** The index.json the page has already fetched (to know there is a dataset), if it has. */
      readonly indexText?: string;
    }
  | { readonly kind: 'files'; readonly files: readonly File[] };

/** What was fetched: requests and bytes (the bench and a browser test read these). */
export interface Traffic {
  requests: number;
  bytes: number;
}

/** A file over HTTP, read by ranges; a server answering 200 to a range sends it whole, once. */
export function urlBuffer(url: string, byteLength: number, traffic: Traffic): AsyncBuffer {
  let whole: Promise<ArrayBuffer> | undefined;
  return {
    byteLength,
    slice: async (start, end = byteLength) => {
      if (whole) return (await whole).slice(start, end);
      traffic.requests += 1;
      const response = await fetch(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
      if (response.status === 206) {
        const bytes = await response.arrayBuffer();
        traffic.bytes += bytes.byteLength;
        return bytes;
      }
      if (!response.ok) {
        const file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
        throw new DatasetProblem({ code: 'http', file, status: response.status });
      }
      whole = response.arrayBuffer();
      const bytes = await whole;
      traffic.bytes += bytes.byteLength;
      return bytes.slice(start, end);
    },
  };
}

const fileBuffer = (file: Blob, traffic: Traffic): AsyncBuffer => ({
  byteLength: file.size,
  slice: async (start, end) => {
    traffic.requests += 1;
    const bytes = await file.slice(start, end).arrayBuffer();
    traffic.bytes += bytes.byteLength;
    return bytes;
  },
});

export interface OpenDataset {
  readonly index: DatasetIndex | null;
  readonly shards: readonly { readonly name: string; readonly shard: OpenShard }[];
}

/** An index.json's text, checked: a DatasetProblem saying what is wrong where, if it does not fit. */
function indexOf(text: string, file: string): DatasetIndex {
  const read = readDatasetIndex(text);
  if (read.ok) return read.index;
  throw new DatasetProblem({
    code: 'bad-index',
    file,
    detail: read.message.replace(/^index\.json: /, ''),
  });
}

/** The reader's own words for what it could not read. */
const detailOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A shard's footer read; a DatasetProblem naming the file if it cannot be. */
async function openNamed(name: string, buffer: AsyncBuffer): Promise<OpenShard> {
  try {
    return await openShard(buffer);
  } catch (error) {
    if (problemOf(error)) throw error;
    throw new DatasetProblem(
      { code: 'damaged', file: name, detail: detailOf(error) },
      { cause: error },
    );
  }
}

const PAR1 = 'PAR1';

/** A file from disk that is a Parquet file at first sight: not empty, PAR1 at both ends. */
async function checkParquet(file: File): Promise<void> {
  if (file.size === 0) throw new DatasetProblem({ code: 'empty', file: file.name });
  const ends =
    file.size >= 8 ? [await file.slice(0, 4).text(), await file.slice(file.size - 4).text()] : [];
  if (ends[0] !== PAR1 || ends[1] !== PAR1)
    throw new DatasetProblem({ code: 'not-parquet', file: file.name });
}

/**
 * A dataset's index and shards' footers. Throws a DatasetProblem saying what is wrong where
 * (dataset-problem.ts).
 */
export async function openDataset(source: DatasetSource, traffic: Traffic): Promise<OpenDataset> {
  if (source.kind === 'url') {
    let text = source.indexText;
    if (text === undefined) {
      const response = await fetch(`${source.base}index.json`);
      traffic.requests += 1;
      if (!response.ok)
        throw new DatasetProblem({ code: 'http', file: 'index.json', status: response.status });
      text = await response.text();
    }
    const index = indexOf(text, 'index.json');
    const shards = await Promise.all(
      index.shards.map(async ({ file, bytes }) => ({
        name: file,
        shard: await openNamed(file, urlBuffer(`${source.base}${file}`, bytes, traffic)),
      })),
    );
    return { index, shards };
  }
  const byName = new Map(source.files.map((f) => [f.name, f]));
  const indexFile = byName.get('index.json');
  let index: DatasetIndex | null = null;
  let files = source.files.filter((f) => f.name.endsWith('.parquet'));
  if (indexFile) {
    index = indexOf(await indexFile.text(), indexFile.name);
    const missing = index.shards.filter((s) => !byName.has(s.file)).map((s) => s.file);
    if (missing.length) throw new DatasetProblem({ code: 'missing-shards', files: missing });
    files = index.shards.map((s) => byName.get(s.file) as File);
  }
  if (files.length === 0)
    throw new DatasetProblem({ code: 'no-shards', files: source.files.map((f) => f.name) });
  // Each file looked at first, in order: the first that is not a shard is the one named.
  for (const file of files) await checkParquet(file);
  const shards = await Promise.all(
    files.map(async (file) => ({
      name: file.name,
      shard: await openNamed(file.name, fileBuffer(file, traffic)),
    })),
  );
  return { index, shards };
}

/** The columns the library and the comparison read: metadata, metrics, their flags. */
export const viewColumns = (): string[] => [
  ...metaColumns.map((c) => c.name),
  ...metricDefinitions.map((m) => metricColumn(m.id)),
  ...metricDefinitions.map((m) => flagColumn(m.id)),
];

const shares = new Set(metricDefinitions.filter((m) => m.unit === 'share').map((m) => m.id));

/** A metric's value as the tables show it: a share as a percentage. */
export const shownMetric = (id: string, value: number | null): number =>
  value === null ? NaN : shares.has(id) ? value * 100 : value;

const textOf = (data: ColumnArray | undefined, rows: number): (string | null)[] => {
  const out = new Array<string | null>(rows).fill(null);
  if (!data) return out;
  for (let i = 0; i < rows; i += 1) {
    const v = data[i];
    if (v !== null && v !== undefined) out[i] = typeof v === 'string' ? v : String(v);
  }
  return out;
};

/** A column's numbers, NaN where there is none (a boolean is 0 or 1), times `scale`. */
function numbersOf(data: ColumnArray | undefined, rows: number, scale = 1): Float64Array {
  const out = new Float64Array(rows).fill(NaN);
  if (!data) return out;
  for (let i = 0; i < rows; i += 1) {
    const v = data[i];
    const n =
      typeof v === 'number' ? v : typeof v === 'boolean' || typeof v === 'bigint' ? Number(v) : NaN;
    out[i] = n * scale;
  }
  return out;
}

/** A flag column: 0 where there is none. */
function flagsOf(data: ColumnArray | undefined, rows: number): Uint8Array {
  const out = new Uint8Array(rows);
  if (!data) return out;
  for (let i = 0; i < rows; i += 1) out[i] = Number(data[i] ?? 0);
  return out;
}

/** Rows of the view's columns (by dataset column name) as a part of the worker's table. */
export function tablePart(
  columns: Record<string, ColumnArray>,
  rows: number,
  source: string,
  origin: readonly string[] = new Array<string>(rows).fill('dataset'),
): TablePart {
  const text: TablePart['text'] = {
    origin: [...origin],
    id: textOf(columns.id, rows),
    agency: textOf(columns.agency, rows),
    agency_key: textOf(columns.agency_key, rows),
    region: textOf(columns.region, rows),
    level: textOf(columns.level, rows),
    template: textOf(columns.template, rows),
    publishedOn: textOf(columns.published_on, rows),
  };
  const numbers: Record<string, Float64Array> = {
    year: numbersOf(columns.year, rows),
    synthetic: numbersOf(columns.synthetic, rows),
    errors: numbersOf(columns.errors, rows),
    warnings: numbersOf(columns.warnings, rows),
  };
  const flags: Record<string, Uint8Array> = {};
  for (const metric of metricDefinitions) {
    const scale = shares.has(metric.id) ? 100 : 1;
    numbers[metric.id] = numbersOf(columns[metricColumn(metric.id)], rows, scale);
    flags[metric.id] = flagsOf(columns[flagColumn(metric.id)], rows);
  }
  return { rows, text, numbers, flags, source };
}

/** A shard's view columns, read and turned into a part of the table. */
export async function readPart(name: string, shard: OpenShard): Promise<TablePart> {
  const have = new Set(shard.metadata.schema.map((s) => s.name));
  const missing = viewColumns().filter((c) => !have.has(c));
  if (missing.length > 0) {
    throw new DatasetProblem({ code: 'not-ours', file: name, columns: missing.slice(0, 3) });
  }
  try {
    return tablePart(await readColumns(shard, viewColumns()), shard.rows, name);
  } catch (error) {
    // Said already (a server's error while reading the pages), or a footer that reads over
    // pages that do not (a file cut short at its start, for one).
    if (problemOf(error)) throw error;
    throw new DatasetProblem(
      { code: 'damaged', file: name, detail: detailOf(error) },
      { cause: error },
    );
  }
}
