import { histogram, type Histogram } from '../library/histogram.ts';
import { includesFolded, valueFilter, type FilterValue } from './value-filter.ts';

// Every report of the library as columns (typed arrays for numbers), and the queries the pages
// ask of them: filter, search, sort, a window of rows, a metric's distribution and ranking.
// It runs in the worker; nothing here knows of messages or the page.

/** A part of the table: the same columns for `rows` rows (a shard, the reports in the browser). */
export interface TablePart {
  readonly rows: number;
  /** Text by column; null where there is none. */
  readonly text: Record<string, readonly (string | null)[]>;
  /** Numbers by column; NaN where there is none. */
  readonly numbers: Record<string, ArrayLike<number>>;
  /** Per metric: MetricFlag bits. */
  readonly flags: Record<string, ArrayLike<number>>;
  /** Where each row came from, to open it: the part's own row numbers. */
  readonly source: string;
}

export interface Query {
  /** Only these reports (a comparison of chosen ones); every report when null. */
  readonly ids: readonly string[] | null;
  readonly sort: { readonly column: string; readonly desc: boolean } | null;
  readonly filters: Readonly<Record<string, string>>;
  readonly search: string;
  /** The columns on show: search and "hide empty rows" look at these. */
  readonly columns: readonly string[];
  readonly hideEmpty: boolean;
}

/** A row as the page draws it. */
export interface WindowRow {
  readonly index: number;
  readonly id: string;
  readonly agency: string;
  readonly agencyKey: string;
  readonly year: number;
  readonly synthetic: boolean;
  readonly source: string;
  /** By column asked for: a number, a text, or null. */
  readonly values: Record<string, number | string | null>;
  readonly flags: Record<string, number>;
}

export const LABEL = 'label';
const collator = new Intl.Collator('zh-CN');

/** The value a filter's test reads (see `DatasetTable.filterValue`). */
class Probe implements FilterValue {
  value = NaN;
  blank = false;
  notApplicable = false;
  private shown: string | null = null;

  /** `shown` null: the number as printed, made when read. */
  set(value: number, shown: string | null, blank: boolean, notApplicable: boolean) {
    this.value = value;
    this.shown = shown;
    this.blank = blank;
    this.notApplicable = notApplicable;
  }

  get text(): string {
    this.shown ??= String(this.value);
    return this.shown;
  }
}

/** Orders of every row kept, by sort: a header clicked again and again sorts once each way. */
const KEPT_ORDERS = 8;

export class DatasetTable {
  readonly rows: number;
  readonly text: Record<string, (string | null)[]> = {};
  readonly numbers: Record<string, Float64Array> = {};
  readonly flags: Record<string, Uint8Array> = {};
  /** Each row's part (its `source`) and row number inside it. */
  readonly source: string[] = [];
  readonly rowInSource: Uint32Array;
  private readonly byId = new Map<string, number>();
  private readonly ranks = new Map<string, Int32Array>();
  private readonly orders = new Map<string, Uint32Array>();
  private readonly probe = new Probe();
  /** Agency, then year, then id: the library's order. */
  readonly defaultOrder: Uint32Array;

  constructor(parts: readonly TablePart[]) {
    this.rows = parts.reduce((n, p) => n + p.rows, 0);
    this.rowInSource = new Uint32Array(this.rows);
    const names = (pick: (p: TablePart) => object) => [
      ...new Set(parts.flatMap((p) => Object.keys(pick(p)))),
    ];
    for (const name of names((p) => p.text)) this.text[name] = new Array(this.rows).fill(null);
    for (const name of names((p) => p.numbers))
      this.numbers[name] = new Float64Array(this.rows).fill(NaN);
    for (const name of names((p) => p.flags)) this.flags[name] = new Uint8Array(this.rows);
    let at = 0;
    for (const part of parts) {
      for (const [name, values] of Object.entries(part.text)) {
        const column = this.text[name] as (string | null)[];
        for (let i = 0; i < part.rows; i += 1) column[at + i] = values[i] ?? null;
      }
      for (const [name, values] of Object.entries(part.numbers)) {
        (this.numbers[name] as Float64Array).set(values, at);
      }
      for (const [name, values] of Object.entries(part.flags)) {
        (this.flags[name] as Uint8Array).set(values, at);
      }
      for (let i = 0; i < part.rows; i += 1) {
        this.source[at + i] = part.source;
        this.rowInSource[at + i] = i;
      }
      at += part.rows;
    }
    // A report in the browser and in the dataset (the same id) is listed once: the later part's.
    const ids = this.text.id ?? [];
    ids.forEach((id, row) => id !== null && this.byId.set(id, row));
    const keep = [...this.byId.values()];
    const agency = this.rank('agency_key');
    const year = this.numbers.year ?? new Float64Array(this.rows);
    keep.sort(
      (a, b) =>
        (agency[a] ?? 0) - (agency[b] ?? 0) ||
        (year[a] ?? 0) - (year[b] ?? 0) ||
        ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1),
    );
    this.defaultOrder = Uint32Array.from(keep);
  }

  rowOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Each row's place in the collation order of a text column, computed once a column. */
  private rank(name: string): Int32Array {
    let rank = this.ranks.get(name);
    if (rank) return rank;
    const column = this.text[name] ?? [];
    const distinct = [...new Set(column.filter((v): v is string => v !== null))].sort(
      collator.compare,
    );
    const place = new Map(distinct.map((v, i) => [v, i]));
    rank = new Int32Array(this.rows);
    for (let i = 0; i < this.rows; i += 1) {
      const v = column[i];
      rank[i] = v === null || v === undefined ? -1 : (place.get(v) ?? -1);
    }
    this.ranks.set(name, rank);
    return rank;
  }

  /**
   * A row's value of a column, as a filter reads it. The same object each call (a filter's test
   * reads it at once): a filter over 10,000 rows made 10,000 objects and texts before, and
   * their collection fell on the next sort. The text is only made when a test reads it.
   */
  private filterValue(name: string, row: number): FilterValue {
    const probe = this.probe;
    const number = this.numbers[name];
    if (number) {
      const value = number[row] ?? NaN;
      const missing = Number.isNaN(value);
      // A metric that cannot be computed shows "—", as a not-applicable mark; a count with no
      // number (a text column's null) is blank.
      probe.set(
        value,
        missing ? (name in this.flags ? '—' : '') : null,
        missing && !(name in this.flags),
        missing && name in this.flags,
      );
      return probe;
    }
    const text = this.text[name]?.[row] ?? null;
    probe.set(NaN, text ?? '', text === null, false);
    return probe;
  }

  private label(row: number): string {
    return `${this.text.agency?.[row] ?? ''} ${this.numbers.year?.[row] ?? ''}`;
  }

  /** The rows of a query, in its order. */
  run(query: Query): Uint32Array {
    const tests = Object.entries(query.filters).flatMap(([name, expression]) => {
      const test = valueFilter(expression);
      if (!test) return [];
      if (name === LABEL) return [(row: number) => includesFolded(this.label(row), expression)];
      return [(row: number) => test(this.filterValue(name, row))];
    });
    const search = query.search.trim();
    if (search) {
      tests.push(
        (row) =>
          includesFolded(this.label(row), search) ||
          query.columns.some((name) => includesFolded(this.filterValue(name, row).text, search)),
      );
    }
    if (query.hideEmpty) {
      tests.push((row) =>
        query.columns.some((name) => {
          const v = this.filterValue(name, row);
          return !v.blank && !v.notApplicable;
        }),
      );
    }
    const keep = (row: number) => tests.every((test) => test(row));

    if (query.ids) {
      const rows = query.ids.flatMap((id) => {
        const row = this.byId.get(id);
        return row === undefined ? [] : [row];
      });
      return Uint32Array.from(this.sorted(tests.length ? rows.filter(keep) : rows, query.sort));
    }
    // Every row: sorted once a sort (the order is the same whatever the filters: each sort is
    // a total order), then filtered in that order.
    const all = query.sort ? this.sortedAll(query.sort) : this.defaultOrder;
    if (tests.length === 0) return all;
    const out = new Uint32Array(all.length);
    let n = 0;
    for (const row of all) if (keep(row)) out[n++] = row;
    return out.slice(0, n);
  }

  /** Every row in a sort's order (read only: it is kept for the next query). */
  private sortedAll(sort: NonNullable<Query['sort']>): Uint32Array {
    const key = `${sort.column}\n${sort.desc ? 'desc' : 'asc'}`;
    let order = this.orders.get(key);
    if (order) {
      this.orders.delete(key);
    } else {
      order = Uint32Array.from(this.sorted(Array.from(this.defaultOrder), sort));
      if (this.orders.size >= KEPT_ORDERS)
        this.orders.delete(this.orders.keys().next().value ?? '');
    }
    this.orders.set(key, order);
    return order;
  }

  private sorted(rows: number[], sort: Query['sort']): number[] {
    if (!sort) return rows;
    const sign = sort.desc ? -1 : 1;
    if (sort.column === LABEL) {
      const agency = this.rank('agency');
      const year = this.numbers.year ?? new Float64Array(this.rows);
      return rows.sort(
        (a, b) =>
          sign * ((agency[a] ?? 0) - (agency[b] ?? 0) || (year[a] ?? 0) - (year[b] ?? 0)) || a - b,
      );
    }
    const number = this.numbers[sort.column];
    if (number) {
      // Rows with no number keep their order, after the others, in both directions.
      const known = rows.filter((r) => !Number.isNaN(number[r]));
      const missing = rows.filter((r) => Number.isNaN(number[r]));
      known.sort((a, b) => sign * ((number[a] ?? 0) - (number[b] ?? 0)) || a - b);
      return [...known, ...missing];
    }
    if (!this.text[sort.column]) return rows;
    const rank = this.rank(sort.column);
    const known = rows.filter((r) => (rank[r] ?? -1) >= 0);
    const missing = rows.filter((r) => (rank[r] ?? -1) < 0);
    known.sort((a, b) => sign * ((rank[a] ?? 0) - (rank[b] ?? 0)) || a - b);
    return [...known, ...missing];
  }

  /** Rows `start` to `start + count` of an order, with the given columns. */
  window(
    order: Uint32Array,
    start: number,
    count: number,
    columns: readonly string[],
  ): WindowRow[] {
    const out: WindowRow[] = [];
    const end = Math.min(order.length, start + count);
    for (let i = Math.max(0, start); i < end; i += 1) {
      const row = order[i] as number;
      const values: WindowRow['values'] = {};
      const flags: WindowRow['flags'] = {};
      for (const name of columns) {
        const number = this.numbers[name];
        if (number) {
          const v = number[row] ?? NaN;
          values[name] = Number.isNaN(v) ? null : v;
        } else values[name] = this.text[name]?.[row] ?? null;
        const flag = this.flags[name];
        if (flag) flags[name] = flag[row] ?? 0;
      }
      out.push({
        index: i,
        id: this.text.id?.[row] ?? '',
        agency: this.text.agency?.[row] ?? '',
        agencyKey: this.text.agency_key?.[row] ?? '',
        year: this.numbers.year?.[row] ?? 0,
        synthetic: this.numbers.synthetic?.[row] === 1,
        source: this.source[row] ?? '',
        values,
        flags,
      });
    }
    return out;
  }

  /** A metric over an order's rows: its distribution, and the highest `top` rows. */
  stats(order: Uint32Array, metric: string, top: number): { histogram: Histogram; top: number[] } {
    const number = this.numbers[metric] ?? new Float64Array(this.rows).fill(NaN);
    const values = Array.from(order, (row) => {
      const v = number[row] ?? NaN;
      return Number.isNaN(v) ? null : v;
    });
    const ranked = Array.from(order.keys())
      .filter((i) => values[i] !== null)
      .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b)
      .slice(0, top);
    return { histogram: histogram(values), top: ranked };
  }
}
