import {
  chartPalette,
  type ChartDatum,
  type ChartValue,
  type SankeyLinkSpec,
  type SankeyNodeSpec,
} from '../../components/charts/chart-types.ts';
import type { Cell } from '../../report/cell.ts';
import { rowTotal } from '../../report/metrics.ts';
import type { Report } from '../../report/report-schema.ts';
import { applicantColumns, applicationLabels } from '../../report/table-layout.ts';
import type { Label } from '../../report/label.ts';
import { applicationRows, cellOf, type RowRef } from '../../report/table-rows.ts';

// Charts and tables read the same rows (src/report/table-rows.ts), so they cannot disagree.
// What each chart shows when the report's own figures disagree: docs/charts.md.

export const chartValue = (cell: Cell) => ({
  value: cell.value,
  ...(typeof cell.raw === 'string' ? { printed: cell.raw } : {}),
});

/** Sum of the filled cells; null when all are blank (never 0 for "nothing printed"). */
function sumCells(cells: readonly Cell[]): number | null {
  const known = cells.filter((c) => c.value !== null);
  return known.length === 0 ? null : known.reduce((s, c) => s + (c.value ?? 0), 0);
}

interface OutcomeGroup {
  key: string;
  label: Label;
  rows: RowRef[];
}

function outcomeGroups(report: Report): OutcomeGroup[] {
  const rows = applicationRows(report);
  const byGroup = (key: keyof typeof applicationLabels) =>
    rows.results.filter(
      (r) => r.groups[0] === applicationLabels[key] || (r.groups.length === 0 && r.key === key),
    );
  return (
    [
      'granted',
      'partiallyGranted',
      'denied',
      'unavailable',
      'notProcessed',
      'otherHandling',
    ] as const
  ).map((key) => ({ key, label: applicationLabels[key], rows: byGroup(key) }));
}

/** A column's value for a group of rows: its printed cells summed. */
function groupValue(group: OutcomeGroup, column: string): number | null {
  return sumCells(group.rows.map((r) => cellOf(r, column).cell));
}

/** A row's 总计 as a chart value: printed, or where blank its parts' sum, marked as derived. */
function totalValue(row: RowRef): ChartValue {
  const total = rowTotal(row);
  return total.derived ? { value: total.value, derived: true } : { value: total.value };
}

/** Figures summed; derived when one of them is; null when all are blank. */
function sumValues(values: readonly ChartValue[]): ChartValue {
  const known = values.filter((v) => v.value !== null);
  if (known.length === 0) return { value: null };
  const value = known.reduce((s, v) => s + (v.value ?? 0), 0);
  return known.some((v) => v.derived) ? { value, derived: true } : { value };
}

/**
 * A group's 总计: its rows' 总计 added up (the report prints no group total), each as printed
 * or, where blank, the sum of its applicant cells, which marks the group's figure as derived.
 */
function groupTotal(group: OutcomeGroup): ChartValue {
  return sumValues(group.rows.map(totalValue));
}

type Outcome = ReturnType<typeof outcomeGroups>[number]['key'];

/**
 * One colour per outcome, chosen by its key, in every chart (the donut's slices and legend,
 * the flow chart's nodes): 予以公开 is green wherever it is drawn. Okabe–Ito colours.
 */
export const outcomeColours: Readonly<Record<Outcome | 'carriedForward' | 'intake', string>> = {
  granted: '#009E73',
  partiallyGranted: '#56B4E9',
  denied: '#D55E00',
  unavailable: '#E69F00',
  notProcessed: '#CC79A7',
  otherHandling: '#F0E442',
  carriedForward: chartPalette[8] ?? '#999999',
  intake: '#0072B2',
};

const outcomeLabel = (g: OutcomeGroup, label: (l: Label) => string) =>
  label(g.label).replace(/（区分处理的.*）$/, '');

export function outcomesData(report: Report, label: (l: Label) => string): ChartDatum[] {
  return outcomeGroups(report).map((g) => ({
    key: g.key,
    label: outcomeLabel(g, label),
    values: { total: groupTotal(g) },
    colour: outcomeColours[g.key],
  }));
}

/** （七）总计 as the report gives it: what the donut's hole shows, not the sum of its slices. */
export function outcomesTotal(report: Report): ChartValue {
  return totalValue(applicationRows(report).resultsTotal);
}

export function outcomesByApplicantData(report: Report, label: (l: Label) => string): ChartDatum[] {
  return outcomeGroups(report).map((g) => ({
    key: g.key,
    label: outcomeLabel(g, label),
    values: Object.fromEntries(
      applicantColumns
        .filter((c) => c.key !== 'total')
        .map((c) => [c.key, { value: groupValue(g, c.key) }]),
    ),
  }));
}

/**
 * From the applications received to how they ended. The intake node shows the report's
 * 本年新收 + 上年结转, the flows its outcome groups and 结转下年度, each as reported; where the
 * two sides do not balance, the chart says so (docs/charts.md).
 */
export function flowData(
  report: Report,
  label: (l: Label) => string,
  intakeLabel: string,
): { nodes: SankeyNodeSpec[]; links: SankeyLinkSpec[] } {
  const rows = applicationRows(report);
  const groups = outcomeGroups(report);
  const intake = sumValues([totalValue(rows.received), totalValue(rows.carriedOver)]);
  const forward = totalValue(rows.carriedForward);
  const nodes: SankeyNodeSpec[] = [
    { key: 'intake', label: intakeLabel, colour: outcomeColours.intake, value: intake },
    ...groups.map((g) => ({
      key: g.key,
      label: outcomeLabel(g, label),
      colour: outcomeColours[g.key],
    })),
    {
      key: 'carriedForward',
      label: label(applicationLabels.carriedForward),
      colour: outcomeColours.carriedForward,
    },
  ];
  const flow = (target: string, value: ChartValue): SankeyLinkSpec => ({
    source: 'intake',
    target,
    value: value.value ?? 0,
    ...(value.derived ? { derived: true } : {}),
  });
  const links = [
    ...groups.map((g) => flow(g.key, groupTotal(g))),
    flow('carriedForward', forward),
  ].filter((l) => l.value > 0);
  return { nodes, links };
}
