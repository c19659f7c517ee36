import type { ChartDatum, ChartSeries } from '../../components/charts/chart-types.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import type { AgencyYear } from '../../library/library.ts';
import { metricById } from '../../library/metric-catalogue.ts';
import { mappedFigures } from '../../report/template-mapping.ts';
import { percentOf } from './metric-cell.ts';

/** A line of a trend chart: a metric of the catalogue, or a figure of the template mapping. */
interface TrendSeries {
  readonly id: string;
  readonly source: 'metric' | 'figure';
}

export interface TrendChart {
  readonly id: string;
  readonly title: string;
  readonly kind: 'grouped-bar' | 'stacked-bar' | 'bar';
  readonly data: ChartDatum[];
  readonly series: ChartSeries[];
}

function valueOf(series: TrendSeries, year: AgencyYear): number | null {
  const entry = year.entries[0];
  if (!entry) return null;
  if (series.source === 'figure') {
    return mappedFigures.find((f) => f.id === series.id)?.read(entry.report)?.value ?? null;
  }
  const metric = metricById(series.id);
  const value = metric?.read(entry.report, entry.allFindings).value ?? null;
  return value !== null && metric?.unit === 'share' ? percentOf(value) : value;
}

function labelOf(series: TrendSeries, m: Messages<LibraryMessages>): string {
  const label =
    series.source === 'figure'
      ? mappedFigures.find((f) => f.id === series.id)?.label
      : metricById(series.id)?.label;
  return label ? m.text(label).replace(/（区分处理的.*）$/, '') : series.id;
}

/**
 * The trend charts of an agency's years: one category a year, oldest first, a year without a
 * report kept in its place, named so and drawn empty (never 0, never skipped).
 */
export function agencyCharts(
  years: readonly AgencyYear[],
  m: Messages<LibraryMessages>,
): TrendChart[] {
  const a = m.agency;
  const chart = (
    id: string,
    title: string,
    kind: TrendChart['kind'],
    lines: readonly TrendSeries[],
  ): TrendChart => ({
    id,
    title,
    kind,
    series: lines.map((s) => ({ key: s.id, label: labelOf(s, m) })),
    data: years.map((year) => ({
      key: String(year.year),
      label: year.entries.length ? String(year.year) : a.missingYear(year.year),
      values: Object.fromEntries(lines.map((s) => [s.id, { value: valueOf(s, year) }])),
    })),
  });
  const metrics = (...ids: string[]) => ids.map((id) => ({ id, source: 'metric' as const }));
  const figures = (...ids: string[]) => ids.map((id) => ({ id, source: 'figure' as const }));
  return [
    chart(
      'received',
      a.receivedChart,
      'grouped-bar',
      metrics('received', 'carriedOver', 'carriedForward'),
    ),
    chart(
      'outcomes',
      a.outcomesChart,
      'stacked-bar',
      metrics(
        'granted',
        'partiallyGranted',
        'denied',
        'unavailable',
        'notProcessed',
        'otherHandling',
      ),
    ),
    chart('disclosure-rate', a.disclosureChart, 'bar', metrics('disclosureRate')),
    chart('appeals', a.appealsChart, 'grouped-bar', metrics('reconsiderations', 'litigations')),
    chart(
      'correction-rate',
      a.correctionChart,
      'grouped-bar',
      metrics('reconsiderationCorrectionRate', 'litigationCorrectionRate'),
    ),
    chart(
      'documents',
      a.documentsChart,
      'grouped-bar',
      figures('rules.issued', 'normativeDocuments.issued', 'normativeDocuments.inForce'),
    ),
    chart(
      'decisions',
      a.decisionsChart,
      'grouped-bar',
      figures('licensing.decisions', 'penalties.decisions', 'coercion.decisions'),
    ),
  ];
}
