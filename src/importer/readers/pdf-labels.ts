import type { Run } from './pdf-lines.ts';

// The labels of a table's rows, from the label text beside them: the label runs on each row's
// own line and every run of the label lines between and around the rows. A label that wraps
// sits in its cell's middle, as the row's values do, so the lines of one column (one left
// edge) are cut into consecutive stacks of lines, one a row, each stack's middle nearest its
// row's values and no stack with a gap in it: better than "the nearest row" for each line,
// which gives the first line of a four-line label to the one-line row above it when the cells
// have no padding. A line as far from the row above as from the row below (a cell aligned to
// the top) goes with the row above.

export interface LabelRun {
  readonly run: Run;
  /** The row (its index among the table's rows) whose line the run is on, if any. */
  readonly anchor: number | null;
  /** The line it is on (its index on the page). */
  readonly line: number;
}

export interface RowLabels {
  /** Each row's label ('' for none). */
  readonly labels: string[];
  /** The lines each row's label came from. */
  readonly lines: Set<number>[];
}

// Far more than any distance on a page: a run on a row's own line stays with that row.
const MOVED = 1e6;
// A hair for each run given to a later row, so that a tie goes to the row above.
const TIE = 1e-6;
// What leaving a row that has no label on its own line without any label text costs, in
// font sizes: more than a wrapped label's lines are ever out of place.
const BARE = 3;

/** Runs in columns: the same left edge, give or take a little. */
function columnsOf(runs: readonly LabelRun[]): LabelRun[][] {
  const columns: LabelRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.run.x0 - b.run.x0)) {
    const column = columns[columns.length - 1];
    const edge = column?.[column.length - 1]?.run;
    if (column && edge && run.run.x0 - edge.x0 <= 0.6 * Math.min(edge.size, run.run.size)) {
      column.push(run);
    } else {
      columns.push([run]);
    }
  }
  return columns.map((column) => column.sort((a, b) => a.run.cy - b.run.cy));
}

/**
 * Which row each run of one column belongs to: consecutive stacks, one a row at most, by
 * dynamic programming over (rows so far, runs so far).
 */
function segment(
  column: readonly LabelRun[],
  rows: readonly number[],
  bare: ReadonlySet<number>,
): number[] {
  const n = column.length;
  const m = rows.length;
  const row = () => new Array<number>(n + 1).fill(Infinity);
  const best: number[][] = Array.from({ length: m + 1 }, row);
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let j = 0; j < m; j++) {
    const cy = rows[j] as number;
    const next = best[j + 1] as number[];
    for (let i = 0; i <= n; i++) {
      const start = (best[j] as number[])[i] as number;
      if (start === Infinity) continue;
      // Row j takes runs i … k − 1 (none when k = i). A stack is one cell's lines: a gap
      // wider than two lines inside it costs what it exceeds that by.
      let moved = 0;
      let gaps = 0;
      const size = (column[i] ?? column[i - 1])?.run.size ?? 0;
      for (let k = i; k <= n; k++) {
        // A row with no label on its own line gets its label from the lines around it.
        let cost = bare.has(j) ? BARE * size : 0;
        if (k > i) {
          const last = column[k - 1] as LabelRun;
          if (last.anchor !== null && last.anchor !== j) moved += MOVED;
          if (k - 1 > i) {
            const above = (column[k - 2] as LabelRun).run;
            gaps += Math.max(0, last.run.cy - above.cy - 2 * last.run.size);
          }
          const middle = ((column[i] as LabelRun).run.cy + last.run.cy) / 2;
          cost = Math.abs(middle - cy) + gaps + moved + TIE * (k - i) * j;
        }
        if (start + cost < (next[k] as number)) {
          next[k] = start + cost;
          (from[j + 1] as number[])[k] = i;
        }
      }
    }
  }
  const owner = new Array<number>(n).fill(0);
  for (let j = m, k = n; j > 0; j--) {
    const i = (from[j] as number[])[k] as number;
    for (let t = i; t < k; t++) owner[t] = j - 1;
    k = i;
  }
  return owner;
}

/** Wrapped lines of one cell joined: Chinese without a space, Latin text with one. */
function joinLines(runs: readonly Run[]): string {
  return runs.reduce((text, run) => {
    if (text === '') return run.text;
    const joint = /[\x21-\x7e]$/.test(text) || /^[\x21-\x7e]/.test(run.text) ? ' ' : '';
    return `${text}${joint}${run.text}`;
  }, '');
}

/**
 * Each row's label, given the rows' middles (top to bottom): its columns' text left to right,
 * a group label before the row's own (the extractors match the label that starts last).
 */
export function labelsOfRows(runs: readonly LabelRun[], rows: readonly number[]): RowLabels {
  const parts: string[][] = rows.map(() => []);
  const lines = rows.map(() => new Set<number>());
  const anchored = new Set(runs.flatMap((r) => (r.anchor === null ? [] : [r.anchor])));
  const bare = new Set(rows.flatMap((_, j) => (anchored.has(j) ? [] : [j])));
  for (const column of columnsOf(runs)) {
    const owner = segment(column, rows, bare);
    rows.forEach((_, j) => {
      const own = column.filter((_, t) => owner[t] === j);
      if (own.length === 0) return;
      (parts[j] as string[]).push(joinLines(own.map((r) => r.run)));
      for (const r of own) (lines[j] as Set<number>).add(r.line);
    });
  }
  return { labels: parts.map((p) => p.join(' ')), lines };
}
