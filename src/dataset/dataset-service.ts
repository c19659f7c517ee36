import { datasetColumns, type DatasetValue } from './dataset-columns.ts';
import { openDataset, readPart, type OpenDataset, type Traffic } from './dataset-source.ts';
import { DatasetTable, type Query, type TablePart } from './dataset-table.ts';
import { readColumns, readRow } from './read-dataset.ts';
import type { Answer, Request, ViewName } from './worker-protocol.ts';

// What the dataset worker does, message by message, without the worker around it (so unit
// tests run it in Node). It holds the table; the page holds only the rows on screen.

export const LOCAL = 'local';

/** A signature of a set of rows, whatever their order (a sum of each row's hash). */
export function rowSetOf(order: Uint32Array): number {
  let sum = 0;
  for (const row of order) sum = (sum + Math.imul(row + 1, 0x9e3779b1)) >>> 0;
  return (sum ^ order.length) >>> 0;
}

export class DatasetService {
  private opened: OpenDataset | null = null;
  private parts: TablePart[] = [];
  private local: TablePart | null = null;
  private localRows = new Map<string, Record<string, DatasetValue>>();
  private table: DatasetTable | null = null;
  private readonly orders = new Map<ViewName, Uint32Array>();
  private readonly queries = new Map<ViewName, Query>();
  readonly traffic: Traffic = { requests: 0, bytes: 0 };

  /** The parts changed: the table is built again at the next query (once, not per part). */
  private invalidate() {
    this.table = null;
    this.orders.clear();
  }

  private get current(): DatasetTable {
    this.table ??= new DatasetTable([...this.parts, ...(this.local ? [this.local] : [])]);
    return this.table;
  }

  private order(view: ViewName): Uint32Array {
    let order = this.orders.get(view);
    // The table was built anew since (the reports in the browser changed): the view's last
    // query is run again on it, so that its rows are still there to scroll through.
    const query = this.queries.get(view);
    if (!order && query) {
      order = this.current.run(query);
      this.orders.set(view, order);
    }
    if (!order) throw new Error(`no query for ${view} yet`);
    return order;
  }

  async handle(request: Request): Promise<Answer> {
    switch (request.type) {
      case 'open': {
        const opened = await openDataset(request.source, this.traffic);
        this.parts = await Promise.all(
          opened.shards.map(({ name, shard }) => readPart(name, shard)),
        );
        this.opened = opened;
        this.invalidate();
        // The reports in the browser came first: the table is built now, not at the first query.
        if (this.local) void this.current;
        const rows = this.parts.reduce((n, p) => n + p.rows, 0);
        const synthetic = this.parts.reduce(
          (n, p) => n + Array.from(p.numbers.synthetic ?? []).filter((v) => v === 1).length,
          0,
        );
        return {
          type: 'open',
          summary: {
            reports: rows,
            synthetic,
            shards: opened.shards.length,
            requests: this.traffic.requests,
            bytes: this.traffic.bytes,
          },
        };
      }
      case 'local':
        this.local = { ...request.part, source: LOCAL };
        this.localRows = new Map(request.rows.map((row) => [String(row.id), row]));
        this.invalidate();
        // Sent while the dataset loads, it comes straight after it: the table is built now,
        // while the page draws itself, not at the first query.
        if (this.opened) void this.current;
        return { type: 'local', reports: request.part.rows };
      case 'query': {
        const order = this.current.run(request.query);
        this.orders.set(request.view, order);
        this.queries.set(request.view, request.query);
        const asked = request.window;
        const start = asked ? Math.min(asked.start, Math.max(0, order.length - asked.count)) : 0;
        return {
          type: 'query',
          matched: order.length,
          total: this.current.defaultOrder.length,
          rowSet: rowSetOf(order),
          ...(asked
            ? {
                window: {
                  start,
                  rows: this.current.window(order, start, asked.count, asked.columns),
                },
              }
            : {}),
        };
      }
      case 'window':
        return {
          type: 'window',
          rows: this.current.window(
            this.order(request.view),
            request.start,
            request.count,
            request.columns,
          ),
        };
      case 'stats': {
        const order = this.order(request.view);
        const { histogram, top } = this.current.stats(order, request.metric, request.top);
        const rows = top.map((i) => this.current.window(order, i, 1, [request.metric])[0]);
        return { type: 'stats', histogram, top: rows.filter((r) => r !== undefined) };
      }
      case 'report':
        return { type: 'report', file: await this.reportFile(request.id) };
      case 'parquet': {
        const { parquetOf } = await import('./write-dataset.ts');
        return { type: 'parquet', bytes: parquetOf(await this.fullRows(this.order(request.view))) };
      }
    }
  }

  private shard(name: string) {
    const found = this.opened?.shards.find((s) => s.name === name);
    if (!found) throw new Error(`no shard ${name}`);
    return found.shard;
  }

  /** The report file of a row, as written: from the dataset's report column, or the browser's. */
  private async reportFile(id: string): Promise<unknown> {
    const row = this.current.rowOf(id);
    if (row === undefined) throw new Error(`no report ${id} in the dataset`);
    const source = this.current.source[row] ?? '';
    if (source === LOCAL) return this.localRows.get(id)?.report ?? null;
    const read = await readRow(this.shard(source), this.current.rowInSource[row] ?? 0, ['report']);
    return read.report;
  }

  /** Whole dataset rows (every column) of an order, for a download in the dataset's format. */
  private async fullRows(order: Uint32Array): Promise<Record<string, DatasetValue>[]> {
    const table = this.current;
    const names = datasetColumns().map((c) => c.name);
    const wanted = new Map<string, number[]>();
    for (const row of order) {
      const source = table.source[row] ?? '';
      wanted.set(source, [...(wanted.get(source) ?? []), row]);
    }
    const byRow = new Map<number, Record<string, DatasetValue>>();
    for (const [source, rows] of wanted) {
      if (source === LOCAL) {
        for (const row of rows) {
          const found = this.localRows.get(table.text.id?.[row] ?? '');
          if (found) byRow.set(row, found);
        }
        continue;
      }
      const columns = await readColumns(this.shard(source), names);
      for (const row of rows) {
        const at = table.rowInSource[row] ?? 0;
        byRow.set(
          row,
          Object.fromEntries(names.map((n) => [n, (columns[n]?.[at] ?? null) as DatasetValue])),
        );
      }
    }
    return Array.from(order, (row) => byRow.get(row)).filter((r) => r !== undefined);
  }
}
