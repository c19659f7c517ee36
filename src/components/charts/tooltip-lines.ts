import type { ChartDatum } from './chart-types.ts';
import { formatValue, printedForm } from './format-value.ts';
import type { ColouredSeries } from './series-colours.ts';

export interface TooltipLine {
  key: string;
  label: string;
  colour: string;
  value: string;
  printed: string | null;
}

/** One line a series: its exact value, and its printed form where that differs. */
export function tooltipLines(
  datum: ChartDatum,
  series: readonly Pick<ColouredSeries, 'key' | 'label' | 'colour'>[],
): TooltipLine[] {
  return series.map((s) => {
    const cell = datum.values[s.key];
    return {
      key: s.key,
      label: s.label,
      colour: s.colour,
      value: formatValue(cell?.value),
      printed: printedForm(cell),
    };
  });
}
