import type { Cell } from '../../report/cell.ts';
import { cellKind, printedText } from './cell-kind.ts';

export type CellPredicate = (cell: Cell | undefined) => boolean;

/** A column filter read: what it keeps, and whether it was understood at all. */
export interface CellFilter {
  readonly matches: CellPredicate;
  /** False for an entry with the signs of a comparison or range that is neither (`>3x`, `1-`). */
  readonly understood: boolean;
}

// NFKC folds full-width digits, letters and signs (１２, ＞) to ASCII, as people type both.
const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const OPERATOR_ONLY = /^(?:>=|<=|>|<|=|≥|≤)$/;
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)';
const COMPARISON = new RegExp(`^(>=|<=|>|<|=|≥|≤)?\\s*(${NUMBER})$`);
const TO = '(?:-|~|–|—|到|至)';
// `1-3`, `1~3`, `1 到 3`: from one number to the other, both included.
const RANGE = new RegExp(`^(${NUMBER})\\s*${TO}\\s*(${NUMBER})$`);
// An entry with a comparison's signs, or made of digits and range signs only, that is neither
// a comparison nor a range is mistyped, not a text to look for (printed cells such as 增3项 or
// 537余万元 have words in them).
const LOOKS_NUMERIC = /[<>=≥≤]|^(?=.*\d)[\d.\s+\-~–—到至]+$/;

const keepAll: CellPredicate = () => true;

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
 * A column filter: `>3`, `<=2`, `=0` or `3` compare the cell's number, `1-3` keeps 1 to 3;
 * `blank` and `na` pick blank and not-applicable cells; other text is looked for in the
 * printed cell. An empty or half-typed (`>`) expression keeps every cell, even a missing one,
 * and so does one that is not understood: the table says so rather than going silently empty.
 */
export function readCellFilter(expression: string): CellFilter {
  const text = fold(expression).trim();
  const understood = (matches: CellPredicate): CellFilter => ({ matches, understood: true });
  if (text === '' || OPERATOR_ONLY.test(text)) return understood(keepAll);
  // A missing cell (a group row's own) is not a blank the report left: only children match.
  if (text === 'blank')
    return understood((cell) => cell !== undefined && cellKind(cell) === 'blank');
  if (text === 'na' || text === 'n/a') {
    return understood((cell) => cellKind(cell) === 'notApplicable');
  }
  const range = RANGE.exec(text);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b);
    return understood(
      (cell) => cell?.value != null && cell.value >= (low ?? 0) && cell.value <= (high ?? 0),
    );
  }
  const comparison = COMPARISON.exec(text);
  if (comparison) {
    const [, operator = '=', number] = comparison;
    const target = Number(number);
    return understood(
      (cell) => cell?.value != null && compareNumbers(operator, cell.value, target),
    );
  }
  if (LOOKS_NUMERIC.test(text)) return { matches: keepAll, understood: false };
  return understood((cell) => includesText(printedText(cell), text));
}

export function parseCellFilter(expression: string): CellPredicate {
  return readCellFilter(expression).matches;
}
