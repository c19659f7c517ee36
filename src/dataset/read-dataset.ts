import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import type { RawCell } from '../report/cell.ts';
import { allCellPaths, cellColumn, PRINTED_COLUMN } from './dataset-columns.ts';

// Reading a dataset's shards column by column: only the columns asked for are fetched (over
// HTTP ranges, or slices of a file on disk) and decoded, and they come back as arrays, never
// as row objects (decoding Parquet into objects is ten times slower).

export type { AsyncBuffer };

/** A shard opened: its footer read once, kept for every later read. */
export interface OpenShard {
  readonly file: AsyncBuffer;
  readonly metadata: FileMetaData;
  readonly rows: number;
}

/**
 * The bytes read from a shard's end to find its footer. A dataset's footer is about 48 KB (302
 * columns); the reader's default, 512 KB, fetched mostly the report column, which no view needs.
 * A longer footer is read with a second request.
 */
const FOOTER_FETCH = 64 * 1024;

export async function openShard(file: AsyncBuffer): Promise<OpenShard> {
  const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH });
  return { file, metadata, rows: Number(metadata.num_rows) };
}

/** The names of a shard's columns, in the file's order. */
export const shardColumns = (shard: OpenShard): string[] =>
  shard.metadata.schema.slice(1).map((s) => s.name);

export type ColumnArray = ArrayLike<unknown>;

/** The given columns of a shard, whole, each as one array (a typed array where Parquet has one). */
export async function readColumns(
  shard: OpenShard,
  columns: readonly string[],
): Promise<Record<string, ColumnArray>> {
  const parts = new Map<string, { start: number; data: ColumnArray }[]>();
  await parquetRead({
    file: shard.file,
    metadata: shard.metadata,
    columns: [...columns],
    onChunk: ({ columnName, columnData, rowStart }) => {
      parts.set(columnName, [
        ...(parts.get(columnName) ?? []),
        { start: rowStart, data: columnData },
      ]);
    },
  });
  const out: Record<string, ColumnArray> = {};
  for (const name of columns) {
    const chunks = (parts.get(name) ?? []).sort((a, b) => a.start - b.start);
    out[name] =
      chunks.length === 1 ? (chunks[0]?.data ?? []) : chunks.flatMap((c) => [...toArray(c.data)]);
  }
  return out;
}

const toArray = (data: ColumnArray): unknown[] => Array.from(data as ArrayLike<unknown>);

/** One row's values of the given columns: only the pages holding it are read (offset index). */
export async function readRow(
  shard: OpenShard,
  row: number,
  columns: readonly string[],
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await parquetRead({
    file: shard.file,
    metadata: shard.metadata,
    columns: [...columns],
    rowStart: row,
    rowEnd: row + 1,
    useOffsetIndex: true,
    rowFormat: 'object',
    onComplete: (rows) => Object.assign(out, rows[0] ?? {}),
  });
  return out;
}

/** A Parquet file in memory, as the reader takes it. */
export const bytesSource = (bytes: Uint8Array): AsyncBuffer => ({
  byteLength: bytes.byteLength,
  slice: (start, end) => bytes.slice(start, end).buffer,
});

/**
 * A report's table cells as they were written, from its row: the printed text where the
 * report had text (`537余万元`, `-`), else the number, else blank (null).
 */
export function cellsOfRow(row: Record<string, unknown>): Record<string, RawCell> {
  const printed = (row[PRINTED_COLUMN] ?? {}) as Record<string, string>;
  const cells: Record<string, RawCell> = {};
  for (const path of allCellPaths()) {
    const value = row[cellColumn(path)];
    cells[path] = printed[path] ?? (typeof value === 'number' ? value : null);
  }
  return cells;
}
