// The column filters of the tables (`>3`, `<=2`, `1-3`, `blank`, `na`, text), read for the
// worker's columns: a number (NaN when there is none) or a text. The same grammar as the
// DataTable's own filter (components/tables/cell-filter.ts); a unit test holds the two to the
// same answers.

/** What a value of a column is, to a filter. */
export interface FilterValue {
  /** NaN when there is no number. */
  readonly value: number;
  /** The text shown (a number as printed, a region, a date). */
  readonly text: string;
  /** No number because the report left it blank (a text column's null). */
  readonly blank: boolean;
  /** No number because it cannot be computed or is not in the template ("—"). */
  readonly notApplicable: boolean;
}

export type ValuePredicate = (value: FilterValue) => boolean;

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const OPERATOR_ONLY = /^(?:>=|<=|>|<|=|≥|≤)$/;
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)';
const COMPARISON = new RegExp(`^(>=|<=|>|<|=|≥|≤)?\\s*(${NUMBER})$`);
const RANGE = new RegExp(`^(${NUMBER})\\s*(?:-|~|–|—|到|至)\\s*(${NUMBER})$`);
const LOOKS_NUMERIC = /[<>=≥≤]|^(?=.*\d)[\d.\s+\-~–—到至]+$/;

const compare: Record<string, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '≥': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '≤': (a, b) => a <= b,
  '=': (a, b) => a === b,
};

/** Case- and width-insensitive substring test. */
export const includesFolded = (haystack: string, needle: string) =>
  fold(haystack).includes(fold(needle).trim());

/** A filter expression as a predicate; null when it keeps everything (empty, half-typed, not understood). */
export function valueFilter(expression: string): ValuePredicate | null {
  const text = fold(expression).trim();
  if (text === '' || OPERATOR_ONLY.test(text)) return null;
  if (text === 'blank') return (v) => v.blank;
  if (text === 'na' || text === 'n/a') return (v) => v.notApplicable;
  const range = RANGE.exec(text);
  if (range) {
    const [low = 0, high = 0] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b);
    return (v) => v.value >= low && v.value <= high;
  }
  const comparison = COMPARISON.exec(text);
  if (comparison) {
    const [, operator = '=', number] = comparison;
    const test = compare[operator] ?? compare['='];
    const target = Number(number);
    return (v) => !Number.isNaN(v.value) && (test?.(v.value, target) ?? false);
  }
  if (LOOKS_NUMERIC.test(text)) return null;
  return (v) => fold(v.text).includes(text);
}
