import type { ChartDatum } from './chart-types.ts';
import { drawableValue } from './format-value.ts';

/** Sum of a series over the categories, blanks left out (never counted as 0 by assumption). */
export function seriesTotal(data: readonly ChartDatum[], seriesKey: string): number {
  return data.reduce((sum, d) => sum + (drawableValue(d.values[seriesKey]) ?? 0), 0);
}
