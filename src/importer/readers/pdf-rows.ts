import type { Line, Run } from './pdf-lines.ts';

// Table rows from a page's lines, by geometry. A row is a line that ends in values. A label
// that wraps (its lines above and below the values, which sit in the middle of the cell) and
// a group label beside a block of rows ("（三）不予公开", or printed top to bottom) are lines
// with no values, entirely left of the row's values: each is attached to the row nearest it.
// The rows of one table are given their columns by the table's header (the lowest header
// cell over each column, headers that span several columns set aside), else by the rows that
// fill every column, so that a cell printed blank comes out blank, not as a row too short.

export interface PdfRow {
  /** The line the values are on. */
  readonly line: Line;
  /** Label cells left to right (a group label, then the row's own label). */
  readonly labels: readonly string[];
  /** Value cells left to right, '' where a column has none. */
  readonly values: readonly string[];
  /** Every line the row was read from, top to bottom. */
  readonly lines: readonly Line[];
}

export type PagePiece =
  { readonly kind: 'text'; readonly line: Line } | { readonly kind: 'row'; readonly row: PdfRow };

interface Span {
  readonly x0: number;
  readonly x1: number;
}

/** The columns a table's rows were last placed in by a header, carried to the next page. */
export type CarriedColumns = readonly Span[] | null;

interface Candidate {
  readonly labels: readonly Run[];
  readonly values: readonly Run[];
  /** Laid out as a table: two values or more, or a value well apart from its label. */
  readonly tabular: boolean;
}

// How far a line's middle may be from a row's to be part of it, in font sizes: a label's
// second line, when the line is not between two rows of one table.
const NEAR = 1.25;
// Two rows this close (in font sizes) are rows of one table, and a label line between them
// belongs to the nearer.
const SAME_TABLE = 8;
const MAX_HEADER_LINES = 10;

function candidateOf(line: Line): Candidate | null {
  if (line.vertical) return null;
  const { runs } = line;
  let split = runs.length;
  while (split > 0 && (runs[split - 1] as Run).value) split--;
  const labelRuns = runs.slice(0, split);
  const values = runs.slice(split);
  if (values.length === 0) return null;
  const last = labelRuns[labelRuns.length - 1];
  const first = values[0] as Run;
  // A value on a line of its own is a cell whose label wraps around it.
  const tabular = values.length >= 2 || last === undefined || first.x0 - last.x1 >= 2 * line.size;
  return { labels: labelRuns, values, tabular };
}

const lastX = (line: Line): number => Math.max(...line.runs.map((r) => r.x1));

/** True when a line lies wholly in the label area of a row (left of its first value). */
function leftOf(line: Line, row: Candidate): boolean {
  return lastX(line) <= (row.values[0] as Run).x0 + 0.5;
}

/** Which row (by line index) each label line belongs to. */
function attachments(
  lines: readonly Line[],
  rows: readonly (Candidate | null)[],
): Map<number, number> {
  const attached = new Map<number, number>();
  // The next row up or down from a label line, if the line is in its label area and so is
  // every line in between (a header line across the table ends the search).
  const scan = (from: number, step: 1 | -1): number => {
    const passed: Line[] = [lines[from] as Line];
    for (let j = from + step; j >= 0 && j < lines.length; j += step) {
      const row = rows[j];
      const line = lines[j] as Line;
      if (row) return row.tabular && passed.every((l) => leftOf(l, row)) ? j : -1;
      if (!line.vertical) passed.push(line);
    }
    return -1;
  };
  lines.forEach((line, i) => {
    if (rows[i]) return;
    if (line.vertical) {
      const j = verticalRow(line, lines, rows);
      if (j >= 0) attached.set(i, j);
      return;
    }
    const up = scan(i, -1);
    const down = scan(i, 1);
    const distance = (j: number) => (j < 0 ? Infinity : Math.abs((lines[j] as Line).cy - line.cy));
    const between =
      up >= 0 &&
      down >= 0 &&
      (lines[down] as Line).cy - (lines[up] as Line).cy <= SAME_TABLE * line.size;
    const limit = between ? Infinity : NEAR * line.size;
    const best = distance(up) <= distance(down) ? up : down;
    if (best >= 0 && distance(best) <= limit) attached.set(i, best);
  });
  return attached;
}

/** The row a vertical label stands beside: the one nearest its middle, within its length. */
function verticalRow(
  line: Line,
  lines: readonly Line[],
  rows: readonly (Candidate | null)[],
): number {
  let best = -1;
  let bestDistance = Infinity;
  rows.forEach((row, j) => {
    const at = (lines[j] as Line).cy;
    if (!row?.tabular || !leftOf(line, row)) return;
    if (at < line.top - 0.5 * line.size || at > line.bottom + 0.5 * line.size) return;
    const distance = Math.abs(at - line.cy);
    if (distance < bestDistance) {
      best = j;
      bestDistance = distance;
    }
  });
  return best;
}

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

function placeAll(group: readonly Candidate[], columns: readonly Span[]): string[][] | null {
  const placed: string[][] = [];
  for (const row of group) {
    const cells = place(row.values, columns);
    if (!cells) return null;
    placed.push(cells);
  }
  return placed;
}

/** The columns the rows that fill the most cells give: each value's place, widened. */
function valueColumns(group: readonly Candidate[]): Span[] {
  const most = Math.max(...group.map((row) => row.values.length));
  const full = group.filter((row) => row.values.length === most);
  return Array.from({ length: most }, (_, i) => ({
    x0: Math.min(...full.map((row) => (row.values[i] as Run).x0)),
    x1: Math.max(...full.map((row) => (row.values[i] as Run).x1)),
  }));
}

interface Placement {
  readonly cells: readonly string[][];
  /** The header's columns, when they placed the rows: the next page's rows may need them. */
  readonly header: readonly Span[] | null;
}

function placeGroup(
  group: readonly Candidate[],
  header: readonly Run[],
  carried: CarriedColumns,
): Placement {
  const most = Math.max(...group.map((row) => row.values.length));
  const valueStart = Math.min(...group.map((row) => (row.values[0] as Run).x0));
  const headerRuns = header.filter((run) => run.x1 > valueStart + 0.5);
  const own = headerRuns.length > 0 ? headerColumns(headerRuns) : null;
  for (const columns of [own, own ? null : carried]) {
    if (!columns || columns.length < most) continue;
    const cells = placeAll(group, columns);
    if (cells) return { cells, header: columns };
  }
  const cells = placeAll(group, valueColumns(group));
  return { cells: cells ?? group.map((row) => row.values.map((v) => v.text)), header: null };
}

/** Label runs in columns, each column's lines top to bottom, joined (CJK without a space). */
function labelCells(runs: readonly Run[]): string[] {
  const columns = mergeSpans(runs);
  return columns.map((column) => {
    const inColumn = runs
      .filter((run) => overlaps(run, column))
      .sort((a, b) => a.top - b.top || a.x0 - b.x0);
    return inColumn.reduce((text, run) => {
      if (text === '') return run.text;
      const joint = /[\x21-\x7e]$/.test(text) || /^[\x21-\x7e]/.test(run.text) ? ' ' : '';
      return `${text}${joint}${run.text}`;
    }, '');
  });
}

/** The lines above a group's first row that make its header, nearest first. */
function headerLines(
  lines: readonly Line[],
  first: number,
  rows: readonly (Candidate | null)[],
  attached: ReadonlyMap<number, number>,
): Line[] {
  const row = lines[first] as Line;
  const taken: Line[] = [];
  let below = row;
  for (let j = first - 1; j >= 0 && taken.length < MAX_HEADER_LINES; j--) {
    const line = lines[j] as Line;
    if (rows[j] || attached.has(j)) break;
    if (line.size > 1.3 * row.size || below.top - line.bottom > 3 * row.size) break;
    taken.push(line);
    below = line;
  }
  return taken;
}

/** A page's lines as text lines and table rows, in reading order. */
export function piecesOfPage(
  lines: readonly Line[],
  carried: CarriedColumns,
): { pieces: PagePiece[]; carried: CarriedColumns } {
  const rows = lines.map(candidateOf);
  const attached = attachments(lines, rows);
  const labelLines = new Map<number, number[]>();
  for (const [line, row] of attached) labelLines.set(row, [...(labelLines.get(row) ?? []), line]);

  // Groups: rows with nothing but their own label lines between them.
  const groups: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    if (rows[i]) {
      const prev = current[current.length - 1];
      if (prev !== undefined && line.cy - (lines[prev] as Line).cy > SAME_TABLE * line.size) {
        groups.push(current);
        current = [];
      }
      current.push(i);
    } else if (!attached.has(i) && current.length > 0) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0) groups.push(current);

  const made = new Map<number, PdfRow>();
  let carry = carried;
  groups.forEach((group) => {
    const first = group[0] as number;
    const header = headerLines(lines, first, rows, attached).flatMap((l) => l.pieces);
    // Rows with no header of their own continue the table before (on this page or the last).
    const placement = placeGroup(
      group.map((i) => rows[i] as Candidate),
      header,
      carry,
    );
    carry = placement.header ?? (header.length > 0 ? null : carry);
    group.forEach((i, k) => {
      const own = rows[i] as Candidate;
      const extra = (labelLines.get(i) ?? []).map((j) => lines[j] as Line);
      const rowLines = [lines[i] as Line, ...extra].sort((a, b) => a.top - b.top);
      made.set(i, {
        line: lines[i] as Line,
        labels: labelCells([...own.labels, ...extra.flatMap((l) => l.runs)]),
        values: placement.cells[k] as string[],
        lines: rowLines,
      });
    });
  });

  const pieces: PagePiece[] = [];
  lines.forEach((line, i) => {
    const row = made.get(i);
    if (row) pieces.push({ kind: 'row', row });
    else if (!attached.has(i)) pieces.push({ kind: 'text', line });
  });
  return { pieces, carried: carry };
}
