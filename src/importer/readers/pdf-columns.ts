import type { Run } from './pdf-lines.ts';

// A table's columns, so that a cell printed blank comes out blank, not as a row too short to
// place: from the table's header (the lowest header cell over each column, wrapped or not,
// headers that span several columns set aside), else from the rows that fill the most cells.

export interface Span {
  readonly x0: number;
  readonly x1: number;
}

/** The columns a table's rows were last placed in by a header, carried to the next page. */
export type CarriedColumns = readonly Span[] | null;

/** A row's value runs, left to right. */
export type RowValues = readonly Run[];

const overlap = (a: Span, b: Span): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
const overlaps = (a: Span, b: Span): boolean => overlap(a, b) > 0.5;
const middle = (s: Span): number => (s.x0 + s.x1) / 2;

/** Runs side by side merged where they overlap: the columns they stand in, left to right. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: { x0: number; x1: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.x0 - b.x0)) {
    const last = merged[merged.length - 1];
    if (last && overlaps(last, s)) last.x1 = Math.max(last.x1, s.x1);
    else merged.push({ x0: s.x0, x1: s.x1 });
  }
  return merged;
}

/**
 * A header's columns: its cells, wrapped or not, minus those that span two columns or more
 * (a run over two runs that do not overlap each other, like 法人或其他组织 over 商业企业 and
 * 科研机构).
 */
function headerColumns(runs: readonly Run[]): Span[] {
  const leaves = runs.filter((run) => {
    const over = runs.filter((other) => other !== run && overlaps(other, run));
    return !over.some((a, i) => over.some((b, j) => j > i && !overlaps(a, b)));
  });
  return mergeSpans(leaves);
}

/** The value cells of a row in columns: '' where a column has none; null if they do not fit. */
function place(values: readonly Run[], columns: readonly Span[]): string[] | null {
  const cells = columns.map(() => '');
  let last = -1;
  for (const value of values) {
    let index = -1;
    let best = 0;
    columns.forEach((column, c) => {
      const o = overlap(value, column);
      if (o > best) {
        best = o;
        index = c;
      }
    });
    if (index < 0) {
      let nearest = Infinity;
      columns.forEach((column, c) => {
        const d = Math.abs(middle(column) - middle(value));
        if (d < nearest) {
          nearest = d;
          index = c;
        }
      });
    }
    if (index <= last) return null;
    cells[index] = value.text;
    last = index;
  }
  return cells;
}

function placeAll(group: readonly RowValues[], columns: readonly Span[]): string[][] | null {
  const placed: string[][] = [];
  for (const values of group) {
    const cells = place(values, columns);
    if (!cells) return null;
    placed.push(cells);
  }
  return placed;
}

/** The columns the rows that fill the most cells give: each value's place, widened. */
function valueColumns(group: readonly RowValues[]): Span[] {
  const most = Math.max(...group.map((values) => values.length));
  const full = group.filter((values) => values.length === most);
  return Array.from({ length: most }, (_, i) => ({
    x0: Math.min(...full.map((values) => (values[i] as Run).x0)),
    x1: Math.max(...full.map((values) => (values[i] as Run).x1)),
  }));
}

export interface Placement {
  readonly cells: readonly string[][];
  /** The header's columns, when they placed the rows: the next page's rows may need them. */
  readonly header: readonly Span[] | null;
}

/**
 * The value cells of a table's rows, each row as many as the table has columns: by the
 * header's columns (or, with no header, those carried from the table before), else by the
 * fullest rows' values; rows that fit neither keep their values as they are.
 */
export function placeGroup(
  group: readonly RowValues[],
  header: readonly Run[],
  carried: CarriedColumns,
): Placement {
  const most = Math.max(...group.map((values) => values.length));
  const valueStart = Math.min(...group.map((values) => (values[0] as Run).x0));
  const headerRuns = header.filter((run) => run.x1 > valueStart + 0.5);
  const own = headerRuns.length > 0 ? headerColumns(headerRuns) : null;
  for (const columns of [own, own ? null : carried]) {
    if (!columns || columns.length < most) continue;
    const cells = placeAll(group, columns);
    if (cells) return { cells, header: columns };
  }
  const cells = placeAll(group, valueColumns(group));
  return { cells: cells ?? group.map((values) => values.map((v) => v.text)), header: null };
}
