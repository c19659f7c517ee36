import type {
  ChartDatum,
  SankeyLinkSpec,
  SankeyNodeSpec,
} from '../../components/charts/chart-types.ts';
import type { Cell } from '../../report/cell.ts';
import { rowTotal } from '../../report/metrics.ts';
import type { Report } from '../../report/report-schema.ts';
import { applicantColumns, applicationLabels } from '../../report/table-layout.ts';
import type { Label } from '../../report/label.ts';
import { applicationRows, cellOf, type RowRef } from '../../report/table-rows.ts';

// Charts and tables read the same rows (src/report/table-rows.ts), so they cannot disagree.

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

/** A group's 总计: each row's printed 总计, or where blank, the sum of its applicant cells. */
function groupTotal(group: OutcomeGroup): number | null {
  const totals = group.rows.map((r) => rowTotal(r).value).filter((v): v is number => v !== null);
  return totals.length === 0 ? null : totals.reduce((s, v) => s + v, 0);
}

export function outcomesData(report: Report, label: (l: Label) => string): ChartDatum[] {
  return outcomeGroups(report).map((g) => ({
    key: g.key,
    label: label(g.label).replace(/（区分处理的.*）$/, ''),
    values: { total: { value: groupTotal(g) } },
  }));
}

export function outcomesByApplicantData(report: Report, label: (l: Label) => string): ChartDatum[] {
  return outcomeGroups(report).map((g) => ({
    key: g.key,
    label: label(g.label).replace(/（区分处理的.*）$/, ''),
    values: Object.fromEntries(
      applicantColumns
        .filter((c) => c.key !== 'total')
        .map((c) => [c.key, { value: groupValue(g, c.key) }]),
    ),
  }));
}

export function flowData(
  report: Report,
  label: (l: Label) => string,
  intakeLabel: string,
): { nodes: SankeyNodeSpec[]; links: SankeyLinkSpec[] } {
  const rows = applicationRows(report);
  const groups = outcomeGroups(report);
  const forward = cellOf(rows.carriedForward, 'total').cell.value;
  const nodes: SankeyNodeSpec[] = [
    { key: 'intake', label: intakeLabel },
    ...groups.map((g) => ({ key: g.key, label: label(g.label).replace(/（区分处理的.*）$/, '') })),
    { key: 'carriedForward', label: label(applicationLabels.carriedForward) },
  ];
  const links: SankeyLinkSpec[] = [
    ...groups.map((g) => ({ source: 'intake', target: g.key, value: groupTotal(g) ?? 0 })),
    { source: 'intake', target: 'carriedForward', value: forward ?? 0 },
  ].filter((l) => l.value > 0);
  return { nodes, links };
}
