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

export interface SumEquation {
  readonly ruleId: RuleId;
  readonly table: FindingTable;
  /** Left side: usually a single total cell. */
  readonly left: readonly CellRef[];
  /** Right side: the parts. */
  readonly right: readonly CellRef[];
  readonly what: Label;
}

const isEmpty = (c: CellRef) => isBlank(c.cell) || c.cell.notApplicable === true;
const sum = (cells: readonly CellRef[]) =>
  cells.reduce((total, c) => total + (c.cell.value ?? 0), 0);
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const listSeparator: Label = { zh: '、', en: '; ' };
const names = (cells: readonly CellRef[], lang: Lang) =>
  cells.map((c) => c.label[lang]).join(listSeparator[lang]);

/** A message starts with a capital, whatever the phrase it starts with. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function checkSum(eq: SumEquation): Finding | null {
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

  const text = all.filter((c) => isNonNumericText(c.cell));
  if (text.length > 0) {
    return notAssessable(`${names(text, 'zh')} 不是数字`, `${names(text, 'en')} is not a number`);
  }
  if (all.every(isEmpty)) {
    return notAssessable('涉及的单元格全部为空', 'all of its cells are blank');
  }
  const leftFilled = eq.left.filter((c) => !isEmpty(c));
  const rightFilled = eq.right.filter((c) => !isEmpty(c));
  if (rightFilled.length === 0) {
    return notAssessable('分项全部为空', 'all of its parts are blank');
  }
  if (leftFilled.length === 0) {
    if (eq.left.length === 1 && eq.left[0] && isBlank(eq.left[0].cell)) {
      const expected = round(sum(rightFilled));
      return {
        ruleId: eq.ruleId,
        severity: 'error',
        status: 'failed',
        table: eq.table,
        message: {
          zh: `${eq.what.zh}不成立：${eq.left[0].label.zh} 为空，但分项之和为 ${expected}`,
          en: `${sentence(eq.what.en)} fails: ${eq.left[0].label.en} is blank although its parts add up to ${expected}`,
        },
        cells: paths,
        expected,
        actual: null,
      };
    }
    return notAssessable('等式左边全部为空', 'its left side is blank');
  }

  const actual = round(sum(leftFilled));
  const expected = round(sum(rightFilled));
  if (actual === expected) return null;
  const blanks = eq.right.filter(isEmpty);
  const blankNote =
    blanks.length > 0
      ? {
          zh: `（另有 ${blanks.length} 个分项为空，未计入）`,
          en: ` (${blanks.length} blank parts not counted)`,
        }
      : { zh: '', en: '' };
  return {
    ruleId: eq.ruleId,
    severity: 'error',
    status: 'failed',
    table: eq.table,
    message: {
      zh: `${eq.what.zh}不成立：应为 ${expected}，实际为 ${actual}${blankNote.zh}`,
      en: `${sentence(eq.what.en)} fails: expected ${expected}, found ${actual}${blankNote.en}`,
    },
    cells: paths,
    expected,
    actual,
  };
}
