import type { ChartDatum } from './chart-types.ts';
import { drawableValue, valueText } from './format-value.ts';
import { colourAt } from './series-colours.ts';

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  /** The value as its label shows it, marked when derived: '3*'. */
  text: string;
  fill: string;
  datum: ChartDatum;
}

/** A category's legend entry. */
export interface CategoryItem {
  key: string;
  label: string;
  colour: string;
}

/**
 * A category's colour: its own (an outcome's, the same in every chart), or by its place in the
 * data, so hiding others keeps colours.
 */
export function categoryColour(datum: ChartDatum, index: number): string {
  return datum.colour ?? colourAt(index);
}

export function categoryItems(data: readonly ChartDatum[]): CategoryItem[] {
  return data.map((d, i) => ({ key: d.key, label: d.label, colour: categoryColour(d, i) }));
}

/** Slices with something to draw: blanks are gaps and zeros have no angle, so both are left out. */
export function toDonutSlices(
  data: readonly ChartDatum[],
  seriesKey: string,
  hidden: ReadonlySet<string>,
): DonutSlice[] {
  return data.flatMap((datum, i) => {
    const cell = datum.values[seriesKey];
    const value = drawableValue(cell);
    if (hidden.has(datum.key) || value === null || value <= 0) return [];
    const fill = categoryColour(datum, i);
    return [{ key: datum.key, label: datum.label, value, text: valueText(cell), fill, datum }];
  });
}

export function sumSlices(slices: readonly Pick<DonutSlice, 'value'>[]): number {
  return slices.reduce((sum, s) => sum + s.value, 0);
}
