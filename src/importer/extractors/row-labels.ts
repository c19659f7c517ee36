import {
  appealColumns,
  appealGroups,
  applicantKeys,
  applicationLabels,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  proactiveLayouts,
  unavailableReasons,
  type Template,
} from '../../report/table-layout.ts';
import { foldLabel } from './fold-label.ts';

// Every table row the importer recognises: where it goes in the report, its official label
// (for messages), its columns, and the pattern its printed label matches once folded. The
// patterns are deliberately loose (a key phrase, not the whole label) so that wrapped,
// shortened and mistyped labels (2.其他法律行政止公开) still match.

export interface RowSpec {
  /** Where the row's cells go under its section, e.g. `['results', 'denied', 'stateSecret']`. */
  readonly path: readonly string[];
  readonly label: string;
  readonly columns: readonly string[];
  readonly pattern: RegExp;
  /** A group heading (（三）不予公开): it names rows, it has no cells of its own. */
  readonly group?: boolean;
}

const proactivePatterns: Record<string, RegExp> = {
  rules: /规章/,
  normativeDocuments: /规范性文件/,
  licensing: /行政许可/,
  otherServices: /对外管理服务/,
  penalties: /行政处罚/,
  coercion: /行政强制/,
  fees: /事业性收费/,
  procurement: /集中采购/,
};

export function proactiveSpecs(template: Template): RowSpec[] {
  return proactiveLayouts[template].map((row) => ({
    path: [row.key],
    label: row.zh,
    columns: row.columns.map((c) => c.key),
    pattern: proactivePatterns[row.key] as RegExp,
  }));
}

const reasonPatterns: Record<string, RegExp> = {
  stateSecret: /国家秘密/,
  lawProhibited: /其他法律|法规禁止|行政止公开|禁止公开/,
  safetyStability: /三安全一稳定|危及/,
  thirdPartyRights: /第三方/,
  internalAffairs: /内部事务/,
  processInformation: /过程性/,
  enforcementFiles: /执法案卷/,
  administrativeQuery: /行政查询/,
  notHeld: /不掌握/,
  needsCreation: /另行制作|没有现成/,
  unclear: /补正后|仍不明确/,
  complaint: /信访|举报投诉/,
  duplicate: /重复申请/,
  publication: /出版物/,
  excessive: /大量反复/,
  confirmation: /重新出具|确认或重/,
  noCorrection: /逾期不补正|无正当理由逾期/,
  noFee: /收费通知|缴纳费用/,
  other: /(?:^|[^\d])3\.其[他它]$|\(三\)其[他它]$/,
};

const applicant = (
  path: readonly string[],
  label: string,
  pattern: RegExp,
  group = false,
): RowSpec => ({ path, label, columns: applicantKeys, pattern, ...(group ? { group } : {}) });

const reasons = (parent: string, list: readonly { key: string; zh: string }[]): RowSpec[] =>
  list.map((r) => applicant(['results', parent, r.key], r.zh, reasonPatterns[r.key] as RegExp));

export function applicationSpecs(template: Template): RowSpec[] {
  const l = applicationLabels;
  const otherHandlingSingle = applicant(
    ['results', 'otherHandling'],
    l.otherHandling.zh,
    /其[他它]处理/,
  );
  return [
    applicant(['received'], l.received.zh, /本年新收/),
    applicant(['carriedOver'], l.carriedOver.zh, /上年结转/),
    applicant([], l.results.zh, /办理结果/, true),
    applicant(['results', 'granted'], l.granted.zh, /予以公开/),
    applicant(['results', 'partiallyGranted'], l.partiallyGranted.zh, /部分公开/),
    applicant([], l.denied.zh, /不予公开/, true),
    ...reasons('denied', deniedReasons),
    applicant([], l.unavailable.zh, /无法提供/, true),
    ...reasons('unavailable', unavailableReasons),
    applicant([], l.notProcessed.zh, /不予处理/, true),
    ...reasons('notProcessed', notProcessedReasons),
    otherHandlingSingle,
    ...(template === '2021' ? reasons('otherHandling', otherHandlingReasons) : []),
    applicant(['results', 'total'], l.total.zh, /\(七\)总计|七[、.]总计|^总计$/),
    applicant(['carriedForward'], l.carriedForward.zh, /结转下年/),
  ];
}

const appealKeys = appealColumns.map((c) => c.key);
const appealPatterns: Record<string, RegExp> = {
  reconsideration: /行政复议/,
  litigationDirect: /直接起诉|未经复议/,
  litigationAfterReconsideration: /复议后起诉/,
};

/** Table 四 printed one group a row (the official layout prints all 15 cells in one row). */
export const appealSpecs: readonly RowSpec[] = appealGroups.map((g) => ({
  path: [g.key],
  label: g.zh,
  columns: appealKeys,
  pattern: appealPatterns[g.key] as RegExp,
}));

export interface LabelMatch {
  readonly spec: RowSpec;
  /** Where the match starts in the folded label. */
  readonly start: number;
}

const globals = new WeakMap<RegExp, RegExp>();

function globalPattern(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globals.set(pattern, global);
  }
  return global;
}

/**
 * The row a printed label names. A label often carries its group's label before it (PDF
 * text and merged cells give "（三）不予公开1.属于国家秘密"), so the match that starts last
 * wins; of two starting together, the longer.
 */
export function matchRowLabel(text: string, specs: readonly RowSpec[]): LabelMatch | null {
  const folded = foldLabel(text);
  let best: { spec: RowSpec; start: number; length: number } | null = null;
  for (const spec of specs) {
    for (const m of folded.matchAll(globalPattern(spec.pattern))) {
      const start = m.index;
      const length = m[0].length;
      if (!best || start > best.start || (start === best.start && length > best.length)) {
        best = { spec, start, length };
      }
    }
  }
  return best ? { spec: best.spec, start: best.start } : null;
}

export const specId = (spec: RowSpec): string => spec.path.join('.');

/** The ids of every row a label's text names anywhere in it (labels run together show). */
export function matchAllRowLabels(text: string, specs: readonly RowSpec[]): string[] {
  const folded = foldLabel(text);
  return specs.filter((spec) => spec.pattern.test(folded)).map(specId);
}
