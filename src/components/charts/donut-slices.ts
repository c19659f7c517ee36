import type { ChartDatum } from './chart-types.ts';
import { drawableValue } from './format-value.ts';
import { colourAt } from './series-colours.ts';

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  fill: string;
  datum: ChartDatum;
}

/** A category's legend entry: coloured by its place in the data, so hiding others keeps colours. */
export interface CategoryItem {
  key: string;
  label: string;
  colour: string;
}

export function categoryItems(data: readonly ChartDatum[]): CategoryItem[] {
  return data.map((d, i) => ({ key: d.key, label: d.label, colour: colourAt(i) }));
}

/** Slices with something to draw: blanks are gaps and zeros have no angle, so both are left out. */
export function toDonutSlices(
  data: readonly ChartDatum[],
  seriesKey: string,
  hidden: ReadonlySet<string>,
): DonutSlice[] {
  return data.flatMap((datum, i) => {
    const value = drawableValue(datum.values[seriesKey]);
    if (hidden.has(datum.key) || value === null || value <= 0) return [];
    return [{ key: datum.key, label: datum.label, value, fill: colourAt(i), datum }];
  });
}

export function sumSlices(slices: readonly Pick<DonutSlice, 'value'>[]): number {
  return slices.reduce((sum, s) => sum + s.value, 0);
}
