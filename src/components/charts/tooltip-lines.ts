import type { ChartDatum } from './chart-types.ts';
import { printedForm, valueText } from './format-value.ts';
import type { ColouredSeries } from './series-colours.ts';

export interface TooltipLine {
  key: string;
  label: string;
  colour: string;
  value: string;
  printed: string | null;
  /** The app computed the value ('3*'): the report's cell is blank. */
  derived: boolean;
}

/** One line a series: its exact value (marked if derived), its printed form where it differs. */
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
      value: valueText(cell),
      printed: printedForm(cell),
      derived: cell?.derived === true,
    };
  });
}
