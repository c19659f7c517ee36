import { isBlank, isNonNumericText } from '../report/cell.ts';
import type { Label, Lang } from '../report/label.ts';
import type { CellRef } from '../report/table-rows.ts';
import type { Finding, FindingTable, RuleId } from './finding.ts';

// The shared arithmetic of every "this cell equals the sum of those cells" rule.
//
// Blank and not-applicable cells are never read as 0. A sum whose parts are all blank, or that
// involves text that is not a number, is not assessable. A sum over partly blank parts is
// compared as printed (the filled parts), because a reader of the report sees exactly that;
// the blank cells themselves are reported by the blank-cell rule. A blank total beside filled
// parts is a failure: the format asks for it and its value is implied.
//
// Messages use the table's words (the row or column, the cells' labels, the values printed)
// and never tell the reader to change a filled cell to the sum of partly blank parts: a blank
// part that is itself a total of filled cells (予以公开's blank 总计) is named, with the value
// its own parts give it.

export interface SumEquation {
  readonly ruleId: RuleId;
  readonly table: FindingTable;
  /** Left side: usually a single total cell. */
  readonly left: readonly CellRef[];
  /** Right side: the parts. */
  readonly right: readonly CellRef[];
  /** The equation in words, for a sum that cannot be checked. */
  readonly what: Label;
  /** Where it holds, starting the message: 「总计」列的办理结果, 「（一）予以公开」行. */
  readonly where: Label;
  /** A cell's short name in this sum: its column in a row sum, its row in a column sum. */
  readonly name: (cell: CellRef) => Label;
}

/** Blank totals and the value their filled parts give them, by path (see implied-totals.ts). */
export type Implied = ReadonlyMap<string, number>;

const isEmpty = (c: CellRef) => isBlank(c.cell) || c.cell.notApplicable === true;
const sum = (cells: readonly CellRef[]) =>
  cells.reduce((total, c) => total + (c.cell.value ?? 0), 0);
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const listSeparator: Label = { zh: '、', en: '; ' };
const names = (cells: readonly CellRef[], lang: Lang) =>
  cells.map((c) => c.label[lang]).join(listSeparator[lang]);
// A sum of a few cells shows each value; one of many (a column of outcomes) only their sum.
const FEW = 8;

/** A message starts with a capital, whatever the phrase it starts with. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The value a blank single total is given by its filled parts, or null. */
export function impliedBy(eq: SumEquation): number | null {
  const [total, ...more] = eq.left;
  if (!total || more.length > 0 || !isBlank(total.cell)) return null;
  if (eq.right.some((c) => isNonNumericText(c.cell))) return null;
  const filled = eq.right.filter((c) => !isEmpty(c));
  return filled.length > 0 ? round(sum(filled)) : null;
}

export function checkSum(eq: SumEquation, implied: Implied = new Map()): Finding | null {
  const all = [...eq.left, ...eq.right];
  const paths = all.map((c) => c.path);
  const notAssessable = (zh: string, en: string): Finding => ({
    ruleId: eq.ruleId,
    severity: 'info',
    status: 'not-assessable',
    table: eq.table,
    message: { zh: `无法校验${eq.what.zh}：${zh}`, en: `Cannot check ${eq.what.en}: ${en}` },
    cells: paths,
  });
  const failed = (zh: string, en: string, expected: number, actual: number | null): Finding => ({
    ruleId: eq.ruleId,
    severity: 'error',
    status: 'failed',
    table: eq.table,
    message: { zh: `${eq.where.zh}：${zh}`, en: `${sentence(eq.where.en)}: ${en}` },
    cells: paths,
    expected,
    actual,
  });

  const text = all.filter((c) => isNonNumericText(c.cell));
  if (text.length > 0) {
    return notAssessable(`${names(text, 'zh')} 不是数字`, `${names(text, 'en')} is not a number`);
  }
  if (all.every(isEmpty)) {
    return notAssessable('涉及的单元格全部为空', 'all of its cells are blank');
  }
  const leftFilled = eq.left.filter((c) => !isEmpty(c));
  const rightFilled = eq.right.filter((c) => !isEmpty(c));
  const blanks = all.filter(isEmpty);
  if (rightFilled.length === 0) {
    return notAssessable('分项全部为空', 'all of its parts are blank');
  }
  const few = all.length <= FEW;
  // `自然人 3 + 商业企业 2 = 5`, or a single cell by its full label: `（七）总计 · 总计 为 6`.
  const side = (cells: readonly CellRef[], total: number, lang: Lang) =>
    cells.length === 1 && cells[0]
      ? `${cells[0].label[lang]} ${lang === 'zh' ? '为' : 'is'} ${total}`
      : `${cells.map((c) => `${eq.name(c)[lang]} ${String(c.cell.raw)}`).join(' + ')} = ${total}`;
  const expected = round(sum(rightFilled));

  if (leftFilled.length === 0) {
    const total = eq.left[0];
    if (eq.left.length !== 1 || !total || !isBlank(total.cell)) {
      return notAssessable('等式左边全部为空', 'its left side is blank');
    }
    // The total is blank: say so, and what its parts add up to; nothing else is wrong.
    const shown = (lang: Lang) =>
      rightFilled.map((c) => `${eq.name(c)[lang]} ${String(c.cell.raw)}`).join(listSeparator[lang]);
    const more = blanks.length - 1;
    return failed(
      `${total.label.zh} 为空，但分项之和为 ${expected}` +
        (few ? `（${shown('zh')}${more > 0 ? `；另有 ${more} 项为空` : ''}）` : ''),
      `${total.label.en} is blank although its parts add up to ${expected}` +
        (few ? ` (${shown('en')}${more > 0 ? `; ${more} more are blank` : ''})` : ''),
      expected,
      null,
    );
  }

  const actual = round(sum(leftFilled));
  if (actual === expected) return null;
  const right = (lang: Lang) =>
    few || rightFilled.length === 1
      ? side(rightFilled, expected, lang)
      : lang === 'zh'
        ? `分项之和为 ${expected}`
        : `its parts add up to ${expected}`;

  // Blank totals that other sums give a value: when they account for the difference, the
  // mistake is that they were left blank, and the message says so.
  const given = blanks.filter((c) => implied.has(c.path) && isBlank(c.cell));
  const value = (c: CellRef) => implied.get(c.path) ?? 0;
  const onLeft = (c: CellRef) => eq.left.includes(c);
  const balanced =
    given.length > 0 &&
    round(actual + given.filter(onLeft).reduce((n, c) => n + value(c), 0)) ===
      round(expected + given.filter((c) => !onLeft(c)).reduce((n, c) => n + value(c), 0));
  const cause = (lang: Lang) =>
    balanced
      ? given
          .map((c) =>
            lang === 'zh'
              ? `；其中${c.label.zh} 为空，按其分项应为 ${value(c)}，补上后即相符`
              : `; ${c.label.en} is blank and its own parts add up to ${value(c)}, which makes this add up`,
          )
          .join('')
      : '';
  return failed(
    `${side(leftFilled, actual, 'zh')}，但${right('zh')}` +
      (blanks.length > 0 ? `（另有 ${blanks.length} 个分项为空，未计入${cause('zh')}）` : ''),
    `${side(leftFilled, actual, 'en')}, but ${right('en')}` +
      (blanks.length > 0 ? ` (${blanks.length} blank parts not counted${cause('en')})` : ''),
    expected,
    actual,
  );
}
