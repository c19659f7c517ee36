import type { ChartDatum } from './chart-types.ts';
import { drawableValue, valueText } from './format-value.ts';
import type { ColouredSeries } from './series-colours.ts';

/**
 * A category as recharts reads it. Values sit under generated field names because recharts
 * reads a string dataKey as a path, and a series key may contain dots.
 */
export interface BarRow {
  key: string;
  label: string;
  datum: ChartDatum;
  fields: Record<string, number | null>;
  /** What each bar's value label says: its value, marked when derived ('3*'); null for a gap. */
  labels: Record<string, string | null>;
}

export function seriesField(series: Pick<ColouredSeries, 'index'>): string {
  return `fields.v${series.index}`;
}

export function labelField(series: Pick<ColouredSeries, 'index'>): string {
  return `labels.v${series.index}`;
}

/** Blanks stay null, so recharts leaves a gap instead of drawing a zero. */
export function toBarRows(
  data: readonly ChartDatum[],
  series: readonly Pick<ColouredSeries, 'key' | 'index'>[],
): BarRow[] {
  return data.map((datum) => ({
    key: datum.key,
    label: datum.label,
    datum,
    fields: Object.fromEntries(
      series.map((s) => [`v${s.index}`, drawableValue(datum.values[s.key])]),
    ),
    labels: Object.fromEntries(
      series.map((s) => {
        const cell = datum.values[s.key];
        return [`v${s.index}`, drawableValue(cell) === null ? null : valueText(cell)];
      }),
    ),
  }));
}

/** Whether every drawn value is a whole number, so the value axis need not show fractions. */
export function allWholeNumbers(rows: readonly BarRow[]): boolean {
  return rows.every((row) =>
    Object.values(row.fields).every((value) => value === null || Number.isInteger(value)),
  );
}
