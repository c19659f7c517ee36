import type { Label } from '../report/label.ts';

export type Severity = 'error' | 'warning' | 'info';
/** `failed`: the rule does not hold. `not-assessable`: its cells are blank or not numbers. */
export type FindingStatus = 'failed' | 'not-assessable';
export type FindingTable = 'proactive' | 'applications' | 'appeals' | 'report';

export const ruleIds = [
  'balance',
  'results-sum',
  'row-total',
  'appeals-total',
  'blank-cell',
  'non-numeric',
  'whole-number',
  'empty-section',
  'late-publication',
  'cross-year-carry-over',
  'cross-year-in-force',
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly status: FindingStatus;
  readonly table: FindingTable;
  readonly message: Label;
  /** JSON paths of the cells involved; the first is the one the finding is about. */
  readonly cells: readonly string[];
  readonly expected?: number | null;
  readonly actual?: number | null;
  /** For a rule across two reports: the other, earlier report and its cells involved. */
  readonly earlier?: EarlierReport;
}

/** The earlier report a cross-year finding compares against, and its cells involved. */
export interface EarlierReport {
  readonly id: string;
  readonly agency: string;
  readonly year: number;
  /** JSON paths in the earlier report. */
  readonly cells: readonly string[];
}

/** A finding of a rule across reports, about the later of the two (`reportId`). */
export interface CrossReportFinding extends Finding {
  readonly reportId: string;
  readonly earlier: EarlierReport;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
