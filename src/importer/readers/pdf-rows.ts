import { type CarriedColumns, placeGroup } from './pdf-columns.ts';
import { type LabelRun, labelsOfRows } from './pdf-labels.ts';
import type { Line, Run } from './pdf-lines.ts';

// Table rows from a page's lines, by geometry. A row is a line that ends in values. The rows
// of one table are those with nothing between them but label lines: lines with no values,
// wholly left of the rows' values (a label wrapped above and below its values, a group label
// beside a block of rows, "（三）不予公开"). Their text is shared out among the rows
// (pdf-labels.ts); a group label printed top to bottom goes to the row beside its middle. Each
// table's values are then put in its columns (pdf-columns.ts).

export interface PdfRow {
  /** The line the values are on. */
  readonly line: Line;
  /** Its label, one cell (a group label, then the row's own), or none. */
  readonly labels: readonly string[];
  /** Value cells left to right, '' where a column has none. */
  readonly values: readonly string[];
  /** Every line the row was read from, top to bottom. */
  readonly lines: readonly Line[];
}

export type PagePiece =
  { readonly kind: 'text'; readonly line: Line } | { readonly kind: 'row'; readonly row: PdfRow };

export type { CarriedColumns } from './pdf-columns.ts';

interface Candidate {
  /** The label's pieces: where cells meet with hardly a gap, each cell's text its own. */
  readonly labels: readonly Run[];
  readonly values: readonly Run[];
  /** Laid out as a table: two values or more, or a value well apart from its label. */
  readonly tabular: boolean;
}

/** A table on the page: its rows and the label lines among and around them (line indices). */
interface Table {
  readonly rows: number[];
  readonly labels: number[];
}

// How far (in font sizes) a label line above a table's first row or below its last may be
// from that row's middle: a wrapped label's other line.
const NEAR = 1.25;
// Two rows this close (in font sizes) may be rows of one table.
const SAME_TABLE = 8;
const MAX_HEADER_LINES = 10;

function candidateOf(line: Line): Candidate | null {
  if (line.vertical) return null;
  const { runs } = line;
  let split = runs.length;
  while (split > 0 && (runs[split - 1] as Run).value) split--;
  const labels = runs.slice(0, split);
  const values = runs.slice(split);
  if (values.length === 0) return null;
  const last = labels[labels.length - 1];
  const first = values[0] as Run;
  // A value on a line of its own is a cell whose label wraps around it.
  const tabular = values.length >= 2 || last === undefined || first.x0 - last.x1 >= 2 * line.size;
  return { labels: line.pieces.filter((p) => p.x1 <= first.x0 + 0.5), values, tabular };
}

const lastX = (line: Line): number => Math.max(...line.runs.map((r) => r.x1));

/** True when a line lies wholly in the label area of a row (left of its first value). */
function leftOf(line: Line, row: Candidate): boolean {
  return row.tabular && lastX(line) <= (row.values[0] as Run).x0 + 0.5;
}

/** The tables of a page: rows with nothing but label lines between them. */
function tablesOf(lines: readonly Line[], rows: readonly (Candidate | null)[]): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  let pending: number[] = [];
  const fits = (i: number, r: number) => leftOf(lines[i] as Line, rows[r] as Candidate);
  const near = (i: number, r: number) =>
    Math.abs((lines[i] as Line).cy - (lines[r] as Line).cy) <= NEAR * (lines[i] as Line).size;
  const close = () => {
    if (!current) return;
    const last = current.rows[current.rows.length - 1] as number;
    current.labels.push(...pending.filter((i) => fits(i, last) && near(i, last)));
    tables.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    const row = rows[i];
    if (!row) {
      if (!line.vertical) pending.push(i);
      return;
    }
    const last = current?.rows[current.rows.length - 1];
    const joins =
      current !== null &&
      last !== undefined &&
      row.tabular &&
      line.cy - (lines[last] as Line).cy <= SAME_TABLE * line.size &&
      pending.every((p) => fits(p, i) && fits(p, last));
    if (current !== null && joins) {
      current.labels.push(...pending);
      current.rows.push(i);
    } else {
      const before = pending;
      // The lines just above this row that are its label's; the rest may end the table before.
      const lead = before.filter((p) => row.tabular && fits(p, i) && near(p, i));
      pending = before.filter((p) => !lead.includes(p));
      close();
      current = { rows: [i], labels: lead };
    }
    pending = [];
  });
  close();
  return tables;
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
    if (!row || !leftOf(line, row)) return;
    if (at < line.top - 0.5 * line.size || at > line.bottom + 0.5 * line.size) return;
    const distance = Math.abs(at - line.cy);
    if (distance < bestDistance) {
      best = j;
      bestDistance = distance;
    }
  });
  return best;
}

/** The lines above a table's first row that make its header, nearest first. */
function headerLines(
  lines: readonly Line[],
  first: number,
  rows: readonly (Candidate | null)[],
  used: ReadonlySet<number>,
): Line[] {
  const row = lines[first] as Line;
  const taken: Line[] = [];
  let below = row;
  for (let j = first - 1; j >= 0 && taken.length < MAX_HEADER_LINES; j--) {
    const line = lines[j] as Line;
    if (rows[j] || used.has(j)) break;
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
  const tables = tablesOf(lines, rows);
  const beside = new Map<number, number[]>();
  lines.forEach((line, i) => {
    if (!line.vertical) return;
    const row = verticalRow(line, lines, rows);
    if (row >= 0) beside.set(row, [...(beside.get(row) ?? []), i]);
  });
  const used = new Set([...tables.flatMap((t) => t.labels), ...[...beside.values()].flat()]);

  const made = new Map<number, PdfRow>();
  let carry = carried;
  for (const table of tables) {
    const first = table.rows[0] as number;
    const header = headerLines(lines, first, rows, used).flatMap((l) => l.pieces);
    // Rows with no header of their own continue the table before (on this page or the last).
    const placement = placeGroup(
      table.rows.map((i) => (rows[i] as Candidate).values),
      header,
      carry,
    );
    carry = placement.header ?? (header.length > 0 ? null : carry);
    const runsOf = (line: number, anchor: number | null): LabelRun[] =>
      (lines[line] as Line).pieces.map((run) => ({ run, anchor, line }));
    const runs: LabelRun[] = [
      ...table.rows.flatMap((i, r) => [
        ...(rows[i] as Candidate).labels.map((run) => ({ run, anchor: r, line: i })),
        ...(beside.get(i) ?? []).flatMap((v) => runsOf(v, r)),
      ]),
      ...table.labels.flatMap((i) => runsOf(i, null)),
    ];
    const labels = labelsOfRows(
      runs,
      table.rows.map((i) => (lines[i] as Line).cy),
    );
    table.rows.forEach((i, r) => {
      const from = new Set([i, ...(labels.lines[r] ?? [])]);
      made.set(i, {
        line: lines[i] as Line,
        labels: labels.labels[r] ? [labels.labels[r] as string] : [],
        values: placement.cells[r] as string[],
        lines: [...from].map((j) => lines[j] as Line).sort((a, b) => a.top - b.top),
      });
    });
  }

  const pieces: PagePiece[] = [];
  lines.forEach((line, i) => {
    const row = made.get(i);
    if (row) pieces.push({ kind: 'row', row });
    else if (!used.has(i)) pieces.push({ kind: 'text', line });
  });
  return { pieces, carried: carry };
}
