import type { RawCell } from '../../../src/report/cell.ts';

const TABLES = ['proactive', 'applications', 'appeals'] as const;

/** Every cell of the three tables as `path → cell`, e.g. `applications.received.person → 21`. */
export function tableCells(report: unknown): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    } else {
      cells.set(path, node as RawCell);
    }
  };
  const sections = (report as { sections?: Record<string, unknown> }).sections ?? {};
  for (const table of TABLES) walk(sections[table], table);
  return cells;
}

export interface Accuracy {
  readonly right: number;
  readonly expected: number;
  readonly wrong: readonly string[];
}

/** Cells right / cells expected, a cell being right when it equals the expected cell exactly. */
export function cellAccuracy(actual: unknown, expected: unknown): Accuracy {
  const want = tableCells(expected);
  const got = tableCells(actual);
  const wrong: string[] = [];
  for (const [path, cell] of want) {
    const found = got.has(path) ? got.get(path) : undefined;
    if (found !== cell)
      wrong.push(`${path}: expected ${JSON.stringify(cell)}, got ${JSON.stringify(found)}`);
  }
  return { right: want.size - wrong.length, expected: want.size, wrong };
}

export const percent = (a: Accuracy): string =>
  `${a.right}/${a.expected} cells (${((100 * a.right) / Math.max(1, a.expected)).toFixed(1)}%)`;
