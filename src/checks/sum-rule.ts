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
// Messages use the table's words: where (the row or column), the cells by their labels, the
// values printed. They never tell the reader to change a filled cell to the sum of partly
// blank parts: a blank total among them that its own parts give a value (予以公开's blank
// 总计) is named as the reason the sum differs.

export interface SumEquation {
  readonly ruleId: RuleId;
  readonly table: FindingTable;
  /** Left side: usually a single total cell. */
  readonly left: readonly CellRef[];
  /** Right side: the parts. */
  readonly right: readonly CellRef[];
  /** What is summed, as the table names it: 「总计」列的办理结果合计, 「（一）予以公开」行的总计. */
  readonly where: Label;
  /** A cell's short name in this sum: its row's (in a column sum) or its column's. */
  readonly name: 'rowLabel' | 'columnLabel';
}

/** Blank totals and the value their filled parts give them, by path (see equations.ts). */
export type Implied = ReadonlyMap<string, number>;

const isEmpty = (c: CellRef) => isBlank(c.cell) || c.cell.notApplicable === true;
const sum = (cells: readonly CellRef[]) =>
  cells.reduce((total, c) => total + (c.cell.value ?? 0), 0);
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const both = (say: (lang: Lang) => string): Label => ({ zh: say('zh'), en: say('en') });

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
  const finding = (
    message: Label,
    more: { expected: number; actual: number | null } | null,
  ): Finding => ({
    ruleId: eq.ruleId,
    severity: more ? 'error' : 'info',
    status: more ? 'failed' : 'not-assessable',
    table: eq.table,
    message: more
      ? {
          zh: `${eq.where.zh}：${message.zh}`,
          // A message starts with a capital, whatever the phrase it starts with.
          en: `${eq.where.en.charAt(0).toUpperCase()}${eq.where.en.slice(1)}: ${message.en}`,
        }
      : {
          zh: `无法校验${eq.where.zh}：${message.zh}`,
          en: `Cannot check ${eq.where.en}: ${message.en}`,
        },
    cells: all.map((c) => c.path),
    ...more,
  });

  const text = all.filter((c) => isNonNumericText(c.cell));
  if (text.length > 0) {
    return finding(
      both(
        (l) =>
          text.map((c) => c.label[l]).join(l === 'zh' ? '、' : '; ') +
          (l === 'zh' ? ' 不是数字' : ' is not a number'),
      ),
      null,
    );
  }
  const leftFilled = eq.left.filter((c) => !isEmpty(c));
  const rightFilled = eq.right.filter((c) => !isEmpty(c));
  const blanks = all.filter(isEmpty);
  if (rightFilled.length === 0) {
    return finding(
      leftFilled.length === 0
        ? { zh: '涉及的单元格全部为空', en: 'all of its cells are blank' }
        : { zh: '分项全部为空', en: 'all of its parts are blank' },
      null,
    );
  }
  const expected = round(sum(rightFilled));
  const total = eq.left[0];
  if (leftFilled.length === 0) {
    if (eq.left.length > 1 || !total || !isBlank(total.cell)) {
      return finding({ zh: '等式左边全部为空', en: 'its left side is blank' }, null);
    }
    // The total is blank: say so, and what its parts add up to; nothing else is wrong.
    return finding(
      {
        zh: `${total.label.zh} 为空，但分项之和为 ${expected}`,
        en: `${total.label.en} is blank although its parts add up to ${expected}`,
      },
      { expected, actual: null },
    );
  }

  const actual = round(sum(leftFilled));
  if (actual === expected) return null;
  // `（七）总计 · 总计 为 6`, or a few cells with their values: `自然人 3 + 商业企业 2 = 5`.
  const side = (cells: readonly CellRef[], value: number, l: Lang) =>
    cells.length === 1 || all.length > 8
      ? cells.length === 1 && cells[0]
        ? `${cells[0].label[l]} ${l === 'zh' ? '为' : 'is'} ${value}`
        : `${l === 'zh' ? '分项之和为' : 'its parts add up to'} ${value}`
      : `${cells.map((c) => `${c[eq.name][l]} ${String(c.cell.raw)}`).join(' + ')} = ${value}`;
  // Blank totals that other sums give a value: when they make up the difference, the mistake
  // is that they were left blank, and the message says so.
  const given = blanks.filter((c) => implied.has(c.path) && isBlank(c.cell));
  const value = (c: CellRef) => implied.get(c.path) ?? 0;
  const add = (cells: readonly CellRef[]) => cells.reduce((n, c) => n + value(c), 0);
  const onLeft = given.filter((c) => eq.left.includes(c));
  const made =
    given.length > 0 && round(actual + add(onLeft)) === round(expected + add(given) - add(onLeft));
  const cause = (l: Lang) =>
    made
      ? given
          .map((c) =>
            l === 'zh'
              ? `；其中${c.label.zh} 为空，按其分项应为 ${value(c)}，补上后即相符`
              : `; ${c.label.en} is blank and its own parts add up to ${value(c)}, which makes this add up`,
          )
          .join('')
      : '';
  const note = (l: Lang) =>
    blanks.length === 0
      ? ''
      : l === 'zh'
        ? `（另有 ${blanks.length} 个分项为空，未计入${cause(l)}）`
        : ` (${blanks.length} blank parts not counted${cause(l)})`;
  return finding(
    both(
      (l) =>
        `${side(leftFilled, actual, l)}${l === 'zh' ? '，但' : ', but '}${side(rightFilled, expected, l)}${note(l)}`,
    ),
    { expected, actual },
  );
}
