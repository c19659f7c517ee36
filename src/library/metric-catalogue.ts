import type { Finding } from '../checks/finding.ts';
import type { Label } from '../report/label.ts';
import { correctionRate, disclosureRate } from '../report/metrics.ts';
import type { Report } from '../report/report-schema.ts';
import { deniedReasons } from '../report/table-layout.ts';
import { cellOf, type RowRef } from '../report/table-rows.ts';
import { appealRows, mappedFigures, type FigureReading } from '../report/template-mapping.ts';

// Every metric the comparison shows, defined once: what it reads, how, and what a blank or a
// template without the cell gives. docs/metrics.md says the same in words, metric by metric
// (a test checks that it names every id here).

export type MetricUnit = 'count' | 'share' | 'wan-yuan';
export type MetricGroup =
  'applications' | 'outcomes' | 'shares' | 'denied' | 'appeals' | 'fees' | 'checks';

/** A metric of one report. */
export interface MetricValue {
  /** null when it cannot be computed (a blank, a denominator of 0): shown as "—". */
  readonly value: number | null;
  /** JSON paths of the cells it was computed from: a failed check on any of them marks it. */
  readonly cells: readonly string[];
  /** True when a blank 总计 was replaced by the sum of its row's filled cells. */
  readonly derived: boolean;
  /** False when the report's template has no such cell (fees in 2019). */
  readonly inTemplate: boolean;
}

export interface MetricDefinition {
  readonly id: string;
  readonly label: Label;
  readonly group: MetricGroup;
  readonly unit: MetricUnit;
  readonly read: (report: Report, findings: readonly Finding[]) => MetricValue;
}

const fromFigure = (reading: FigureReading | null): MetricValue =>
  reading === null
    ? { value: null, cells: [], derived: false, inTemplate: false }
    : { ...reading, inTemplate: true };

const figure = (id: string) => {
  const found = mappedFigures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};

/** Short names for the table's headers; docs/metrics.md gives each with its official label. */
const short: Record<string, Label> = {
  received: { zh: '本年新收', en: 'Received' },
  carriedOver: { zh: '上年结转', en: 'Carried over' },
  resultsTotal: { zh: '办理结果总计', en: 'Outcomes total' },
  carriedForward: { zh: '结转下年度', en: 'Carried forward' },
  granted: { zh: '予以公开', en: 'Disclosed' },
  partiallyGranted: { zh: '部分公开', en: 'Partly disclosed' },
  denied: { zh: '不予公开', en: 'Not disclosed' },
  unavailable: { zh: '无法提供', en: 'Cannot be provided' },
  notProcessed: { zh: '不予处理', en: 'Not processed' },
  otherHandling: { zh: '其他处理', en: 'Otherwise handled' },
  'denied.stateSecret': { zh: '国家秘密', en: 'State secret' },
  'denied.lawProhibited': { zh: '法律法规禁止', en: 'Prohibited by law' },
  'denied.safetyStability': { zh: '三安全一稳定', en: 'Security, stability' },
  'denied.thirdPartyRights': { zh: '第三方权益', en: 'Third party' },
  'denied.internalAffairs': { zh: '内部事务', en: 'Internal affairs' },
  'denied.processInformation': { zh: '过程性信息', en: 'Process information' },
  'denied.enforcementFiles': { zh: '行政执法案卷', en: 'Enforcement files' },
  'denied.administrativeQuery': { zh: '行政查询事项', en: 'Administrative query' },
};

function count(id: string, group: MetricGroup): MetricDefinition {
  const f = figure(id);
  const label = short[id] ?? f.label;
  return { id, label, group, unit: 'count', read: (report) => fromFigure(f.read(report)) };
}

const ratio = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

const outcomes = [
  'granted',
  'partiallyGranted',
  'denied',
  'unavailable',
  'notProcessed',
  'otherHandling',
];

/** An outcome's share of （七）总计. */
function share(id: string): MetricDefinition {
  const part = figure(id);
  const whole = figure('resultsTotal');
  const name = short[id] ?? part.label;
  return {
    id: `${id}Share`,
    label: { zh: `${name.zh}占比`, en: `${name.en}, share` },
    group: 'shares',
    unit: 'share',
    read: (report) => {
      const a = fromFigure(part.read(report));
      const b = fromFigure(whole.read(report));
      return {
        value: ratio(a.value, b.value),
        cells: [...a.cells, ...b.cells],
        derived: a.derived || b.derived,
        inTemplate: true,
      };
    },
  };
}

const rowOf = (report: Report, key: string) =>
  appealRows(report).find((r) => r.key === key) as RowRef;
const rowCells = (row: RowRef, keys: readonly string[]) => keys.map((k) => cellOf(row, k).path);

/** 纠正 ÷ (总计 − 尚未审结) over the given groups of table 四 taken together. */
function correction(groups: readonly string[]) {
  return (report: Report): MetricValue => {
    const rates = groups.map((key) => correctionRate(rowOf(report, key)));
    const known = rates.filter((r) => r.denominator !== null);
    const numerators = known.map((r) => r.numerator);
    const value =
      known.length === 0 || numerators.includes(null)
        ? null
        : ratio(
            numerators.reduce<number>((s, n) => s + (n ?? 0), 0),
            known.reduce((s, r) => s + (r.denominator ?? 0), 0),
          );
    return {
      value,
      cells: groups.flatMap((key) =>
        rowCells(rowOf(report, key), ['corrected', 'pending', 'total']),
      ),
      derived: false,
      inTemplate: true,
    };
  };
}

/** The printed 总计 of the given groups of table 四, summed; null when all are blank. */
function appealsCount(groups: readonly string[]) {
  return (report: Report): MetricValue => {
    const cells = groups.map((key) => cellOf(rowOf(report, key), 'total'));
    const known = cells.filter((c) => c.cell.value !== null);
    return {
      value: known.length === 0 ? null : known.reduce((s, c) => s + (c.cell.value ?? 0), 0),
      cells: cells.map((c) => c.path),
      derived: false,
      inTemplate: true,
    };
  };
}

const litigation = ['litigationDirect', 'litigationAfterReconsideration'];

export const metricDefinitions: readonly MetricDefinition[] = [
  count('received', 'applications'),
  count('carriedOver', 'applications'),
  count('resultsTotal', 'applications'),
  count('carriedForward', 'applications'),
  ...outcomes.map((id) => count(id, 'outcomes')),
  ...outcomes.map(share),
  {
    id: 'disclosureRate',
    label: { zh: '实质公开率', en: 'Disclosure rate' },
    group: 'shares',
    unit: 'share',
    read: (report) => {
      const parts = ['granted', 'partiallyGranted', 'resultsTotal'].map((id) =>
        fromFigure(figure(id).read(report)),
      );
      const rate = disclosureRate(report);
      return {
        value: rate.value,
        cells: parts.flatMap((p) => p.cells),
        derived: rate.derived,
        inTemplate: true,
      };
    },
  },
  ...deniedReasons.map((reason) => count(`denied.${reason.key}`, 'denied')),
  {
    id: 'reconsiderations',
    label: { zh: '行政复议', en: 'Reconsiderations' },
    group: 'appeals',
    unit: 'count',
    read: appealsCount(['reconsideration']),
  },
  {
    id: 'reconsiderationCorrectionRate',
    label: { zh: '复议纠错率', en: 'Reconsideration correction rate' },
    group: 'appeals',
    unit: 'share',
    read: correction(['reconsideration']),
  },
  {
    id: 'litigations',
    label: { zh: '行政诉讼', en: 'Lawsuits' },
    group: 'appeals',
    unit: 'count',
    read: appealsCount(litigation),
  },
  {
    id: 'litigationCorrectionRate',
    label: { zh: '诉讼纠错率', en: 'Litigation correction rate' },
    group: 'appeals',
    unit: 'share',
    read: correction(litigation),
  },
  {
    id: 'fees',
    label: { zh: '行政事业性收费（万元）', en: 'Administrative fees (10,000 yuan)' },
    group: 'fees',
    unit: 'wan-yuan',
    read: (report) => fromFigure(figure('fees.amount').read(report)),
  },
  {
    id: 'errors',
    label: { zh: '校验错误', en: 'Check errors' },
    group: 'checks',
    unit: 'count',
    read: (_report, findings) => ({
      value: findings.filter((f) => f.status === 'failed' && f.severity === 'error').length,
      cells: [],
      derived: false,
      inTemplate: true,
    }),
  },
];

/** The failed checks (errors) on the cells a value was computed from: such a value is marked. */
export function failedChecksBehind(value: MetricValue, findings: readonly Finding[]): Finding[] {
  const cells = new Set(value.cells);
  return findings.filter(
    (f) => f.status === 'failed' && f.severity === 'error' && f.cells.some((c) => cells.has(c)),
  );
}

export const metricById = (id: string): MetricDefinition | undefined =>
  metricDefinitions.find((m) => m.id === id);
