import type { ChartDatum, ChartSeries } from './chart-types.ts';
import { drawableValue } from './format-value.ts';

/** True when nothing would be drawn: no categories, no series, or only blanks and zeros. */
export function isChartEmpty(
  data: readonly ChartDatum[],
  series: readonly Pick<ChartSeries, 'key'>[],
): boolean {
  return !data.some((datum) =>
    series.some((s) => {
      const value = drawableValue(datum.values[s.key]);
      return value !== null && value !== 0;
    }),
  );
}
