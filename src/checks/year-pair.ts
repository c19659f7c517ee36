import type { Label } from '../report/label.ts';
import type { Report } from '../report/report-schema.ts';
import type { CellRef } from '../report/table-rows.ts';
import type { CrossReportFinding, FindingTable, RuleId } from './finding.ts';

// What the rules across two reports share: the pair, how the earlier report is named, and how
// a finding about the later report points into both.

/** Two reports of one agency for consecutive years. */
export interface YearPair {
  readonly earlier: Report;
  readonly later: Report;
}

/** The earlier report as a message names it: `洪泽区人民政府 2023 年度报告`. */
export function reportName(report: Report): Label {
  return {
    zh: `${report.agency.name} ${report.year} 年度报告`,
    en: `${report.agency.name}'s ${report.year} report`,
  };
}

/** A cell a sum can use: a number, not blank, not a mark, not text. */
export const isNumber = (ref: CellRef): boolean => ref.cell.value !== null;

export interface CrossFindingParts {
  readonly ruleId: RuleId;
  readonly table: FindingTable;
  readonly pair: YearPair;
  /** Cells of the later report; the first is the one the finding is about. */
  readonly later: readonly CellRef[];
  readonly earlier: readonly CellRef[];
}

export function crossFinding(
  parts: CrossFindingParts,
  outcome:
    | {
        readonly status: 'failed';
        readonly message: Label;
        readonly expected: number;
        readonly actual: number;
      }
    | { readonly status: 'not-assessable'; readonly message: Label },
): CrossReportFinding {
  const { pair } = parts;
  return {
    ruleId: parts.ruleId,
    severity: outcome.status === 'failed' ? 'error' : 'info',
    status: outcome.status,
    table: parts.table,
    message: outcome.message,
    cells: parts.later.map((c) => c.path),
    ...(outcome.status === 'failed' ? { expected: outcome.expected, actual: outcome.actual } : {}),
    reportId: pair.later.id,
    earlier: {
      id: pair.earlier.id,
      agency: pair.earlier.agency.name,
      year: pair.earlier.year,
      cells: parts.earlier.map((c) => c.path),
    },
  };
}

/** The message of a rule that cannot be assessed: `无法校验<what>：<why>`. */
export function notAssessable(what: Label, why: Label): Label {
  return { zh: `无法校验${what.zh}：${why.zh}`, en: `Cannot check ${what.en}: ${why.en}` };
}

/** Why: the cells that hold no number, named. */
export function blankCells(
  cells: readonly CellRef[],
  earlier: Report,
  fromEarlier: ReadonlySet<CellRef>,
): Label {
  const name = (c: CellRef, lang: keyof Label) =>
    fromEarlier.has(c) ? `${reportName(earlier)[lang]} ${c.label[lang]}` : c.label[lang];
  return {
    zh: `${cells.map((c) => name(c, 'zh')).join('、')} 为空或不是数字`,
    en: `${cells.map((c) => name(c, 'en')).join('; ')} blank or not a number`,
  };
}
