import { gridColumns, type GridBlock } from '../../report/national-layout.ts';

// Where the keys of a spreadsheet go in a table of the national layout: the value cells of a
// block by row, each at the column it starts in, so that Up and Down stay in their column
// across merged label cells.

export interface GridPosition {
  readonly path: string;
  /** The body row, from 0. */
  readonly row: number;
  /** The value cell's place in its row, from 0. */
  readonly index: number;
  /** The first column it covers, and how many. */
  readonly column: number;
  readonly span: number;
}

/** The value cells of a block, row by row. */
export function gridPositions(block: GridBlock): GridPosition[][] {
  const starts = gridColumns([...block.head, ...block.body]).slice(block.head.length);
  return block.body.map((row, r) =>
    row
      .flatMap((cell, i) => {
        if (cell.kind !== 'value') return [];
        return [
          {
            path: cell.ref.path,
            row: r,
            index: 0,
            column: starts[r]?.[i] ?? 0,
            span: cell.colSpan ?? 1,
          },
        ];
      })
      .map((p, index) => ({ ...p, index })),
  );
}

export type Move = 'up' | 'down' | 'left' | 'right';

/** The cell a key moves to from `path`, or null at the block's edge. */
export function moveFrom(rows: readonly GridPosition[][], path: string, move: Move): string | null {
  const r = rows.findIndex((row) => row.some((p) => p.path === path));
  const row = rows[r];
  const here = row?.find((p) => p.path === path);
  if (!row || !here) return null;
  if (move === 'left') return row[here.index - 1]?.path ?? null;
  if (move === 'right') return row[here.index + 1]?.path ?? null;
  const step = move === 'up' ? -1 : 1;
  for (let next = r + step; next >= 0 && next < rows.length; next += step) {
    const candidates = rows[next] ?? [];
    if (candidates.length === 0) continue;
    const below = candidates.find(
      (p) => p.column <= here.column && here.column < p.column + p.span,
    );
    // A row whose cells do not reach this column: its nearest cell.
    const nearest = [...candidates].sort(
      (a, b) => Math.abs(a.column - here.column) - Math.abs(b.column - here.column),
    )[0];
    return (below ?? nearest)?.path ?? null;
  }
  return null;
}

/** The cells a block of `height` × `width` values pasted at `path` fills, row by row; the rest fall outside. */
export function pasteTargets(
  rows: readonly GridPosition[][],
  path: string,
  block: readonly (readonly string[])[],
): { cells: { path: string; text: string }[]; outside: number } {
  const r = rows.findIndex((row) => row.some((p) => p.path === path));
  const start = rows[r]?.find((p) => p.path === path);
  const cells: { path: string; text: string }[] = [];
  let outside = 0;
  block.forEach((values, i) => {
    const row = start ? rows[r + i] : undefined;
    values.forEach((text, j) => {
      const target = row && start ? row[start.index + j] : undefined;
      if (target) cells.push({ path: target.path, text });
      else outside += 1;
    });
  });
  return { cells, outside };
}
