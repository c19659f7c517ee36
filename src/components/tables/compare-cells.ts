import type { Cell } from '../../report/cell.ts';
import { cellKind, printedText, type CellKind } from './cell-kind.ts';

const rank: Record<CellKind, number> = { number: 0, notApplicable: 1, text: 2, blank: 3 };
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The final display order of two cells sorted in the given direction: numbers by value, then
 * not-applicable marks, then text, then blanks, whatever the direction. Only the order within
 * numbers and within text follows `desc`.
 */
export function compareCells(a: Cell | undefined, b: Cell | undefined, desc: boolean): number {
  const kindA = cellKind(a);
  const kindB = cellKind(b);
  if (kindA !== kindB) return rank[kindA] - rank[kindB];
  const direction = desc ? -1 : 1;
  if (kindA === 'number') return direction * ((a?.value ?? 0) - (b?.value ?? 0));
  if (kindA === 'text') return direction * compareText(printedText(a), printedText(b));
  return 0;
}
