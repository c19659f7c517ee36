import type { Cell } from '../../report/cell.ts';
import { cellKind, printedText } from './cell-kind.ts';

export type CellPredicate = (cell: Cell | undefined) => boolean;

// NFKC folds full-width digits, letters and signs (１２, ＞) to ASCII, as people type both.
const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const OPERATOR_ONLY = /^(?:>=|<=|>|<|=|≥|≤)$/;
const COMPARISON = /^(>=|<=|>|<|=|≥|≤)?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))$/;

function compareNumbers(operator: string, value: number, target: number): boolean {
  switch (operator) {
    case '>':
      return value > target;
    case '>=':
    case '≥':
      return value >= target;
    case '<':
      return value < target;
    case '<=':
    case '≤':
      return value <= target;
    default:
      return value === target;
  }
}

/** Case- and width-insensitive substring test; an empty needle matches everything. */
export function includesText(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle).trim());
}

/**
 * A column filter: `>3`, `<=2`, `=0` or `3` compare the cell's number; `blank` and `na` pick
 * blank and not-applicable cells; anything else is a substring of the printed cell. An empty
 * or half-typed (`>`) expression keeps every cell, even a missing one.
 */
export function parseCellFilter(expression: string): CellPredicate {
  const text = fold(expression).trim();
  if (text === '' || OPERATOR_ONLY.test(text)) return () => true;
  // A missing cell (a group row's own) is not a blank the report left: only children match.
  if (text === 'blank') return (cell) => cell !== undefined && cellKind(cell) === 'blank';
  if (text === 'na' || text === 'n/a') return (cell) => cellKind(cell) === 'notApplicable';
  const match = COMPARISON.exec(text);
  if (match) {
    const [, operator = '=', number] = match;
    const target = Number(number);
    return (cell) => cell?.value != null && compareNumbers(operator, cell.value, target);
  }
  return (cell) => includesText(printedText(cell), text);
}
