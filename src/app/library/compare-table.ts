import type { ChartDatum } from '../../components/charts/chart-types.ts';
import type { CellNote, TableColumn, TableRow } from '../../components/tables/table-types.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import { histogram } from '../../library/histogram.ts';
import type { LibraryEntry } from '../../library/library.ts';
import {
  failedChecksBehind,
  metricDefinitions,
  type MetricDefinition,
} from '../../library/metric-catalogue.ts';
import { metricCell, percentOf } from './metric-cell.ts';

export const reportName = (entry: LibraryEntry, m: Messages<LibraryMessages>) =>
  `${entry.report.agency.name} ${m.yearName(entry.report.year)}`;

export const metricHeader = (metric: MetricDefinition, m: Messages<LibraryMessages>) =>
  metric.unit === 'share' ? m.compare.percent(m.text(metric.label)) : m.text(metric.label);

/** The comparison: a row per report, a column per metric (grouped), each value explained. */
export function compareTable(
  entries: readonly LibraryEntry[],
  m: Messages<LibraryMessages>,
): { columns: TableColumn[]; rows: TableRow[]; notes: Map<string, CellNote[]> } {
  const columns = metricDefinitions.map((metric) => ({
    id: metric.id,
    header: metricHeader(metric, m),
    group: m.compare.groups[metric.group] ?? metric.group,
  }));
  const notes = new Map<string, CellNote[]>();
  const rows = entries.map((entry): TableRow => {
    const cells: TableRow['cells'] = {};
    for (const metric of metricDefinitions) {
      const cell = metricCell(
        `compare.${entry.id}.${metric.id}`,
        metric.read(entry.report, entry.allFindings),
        metric.unit,
        entry.allFindings,
        m,
      );
      if (cell.notes.length) notes.set(cell.ref.path, cell.notes);
      cells[metric.id] = cell.ref;
    }
    return { id: entry.id, label: reportName(entry, m), cells };
  });
  return { columns, rows, notes };
}

/** One metric of each report, highest first (a value that cannot be computed last). */
export function rankingData(
  entries: readonly LibraryEntry[],
  metric: MetricDefinition,
  m: Messages<LibraryMessages>,
): ChartDatum[] {
  return entries
    .map((entry) => {
      const value = metric.read(entry.report, entry.allFindings);
      const shown =
        value.value === null
          ? null
          : metric.unit === 'share'
            ? percentOf(value.value)
            : value.value;
      const fails = failedChecksBehind(value, entry.allFindings).length > 0;
      return {
        key: entry.id,
        label: fails ? `${reportName(entry, m)}（${m.failingBadge}）` : reportName(entry, m),
        values: { value: { value: shown } },
      };
    })
    .sort((a, b) => (b.values.value.value ?? -Infinity) - (a.values.value.value ?? -Infinity));
}

const round = (n: number) => String(Math.round(n * 10) / 10);

/** How the reports spread over one metric: equal bins, and those that cannot be computed. */
export function distributionData(
  entries: readonly LibraryEntry[],
  metric: MetricDefinition,
  m: Messages<LibraryMessages>,
): ChartDatum[] {
  const values = entries.map((entry) => {
    const value = metric.read(entry.report, entry.allFindings).value;
    return value === null ? null : metric.unit === 'share' ? value * 100 : value;
  });
  const { bins, blank } = histogram(values);
  const data: ChartDatum[] = bins.map((bin, i) => ({
    key: `bin${i}`,
    label: bin.from === bin.to ? round(bin.from) : m.compare.bin(round(bin.from), round(bin.to)),
    values: { count: { value: bin.count } },
  }));
  if (blank > 0)
    data.push({ key: 'blank', label: m.compare.blankBin, values: { count: { value: blank } } });
  return data;
}
