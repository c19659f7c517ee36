import type { RawCell } from '../../report/cell.ts';
import type { Label } from '../../report/label.ts';
import { type ImportIssue, type SourceLocation, issue } from '../import-issue.ts';
import type { FoundRow } from './read-table-rows.ts';
import { type RowSpec, specId } from './row-labels.ts';

/** Where a table was looked for, for the warnings about what was not found in it. */
export interface SearchArea extends Label {
  readonly table: Label;
  readonly location: SourceLocation;
}

type Tree = { [key: string]: Tree | RawCell };

function setIn(tree: Tree, path: readonly string[], value: Tree): void {
  let node = tree;
  path.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Tree;
  });
  node[path[path.length - 1] as string] = value;
}

export function rowOf(spec: RowSpec, cells: readonly RawCell[] | null): Tree {
  return Object.fromEntries(spec.columns.map((column, i) => [column, cells?.[i] ?? null]));
}

const cells = (n: number): string => (n === 1 ? '1 cell is' : `${n} cells are`);

export function missingRowWarning(spec: RowSpec, area: SearchArea): ImportIssue {
  return issue(
    `${area.table.zh}中没有找到“${spec.label}”这一行，它的 ${spec.columns.length} 个单元格留空（查找范围：${area.zh}）`,
    `Row "${spec.label}" of ${area.table.en} was not found; its ${cells(spec.columns.length)} left blank (looked ${area.en})`,
    area.location,
  );
}

/**
 * The rows of a table as the data format nests them, every cell present: a row that was
 * not found is a row of blanks and a warning saying where it was looked for.
 */
export function fillRows(
  specs: readonly RowSpec[],
  found: ReadonlyMap<string, FoundRow>,
  area: SearchArea,
): { value: Tree; warnings: ImportIssue[] } {
  const value: Tree = {};
  const warnings: ImportIssue[] = [];
  for (const spec of specs) {
    if (spec.group) continue;
    const row = found.get(specId(spec));
    if (!row) warnings.push(missingRowWarning(spec, area));
    setIn(value, spec.path, rowOf(spec, row?.cells ?? null));
  }
  return { value, warnings };
}
