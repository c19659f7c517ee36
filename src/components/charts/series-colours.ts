import { chartPalette, type ChartSeries } from './chart-types.ts';

export interface ColouredSeries extends ChartSeries {
  colour: string;
  /** Position among all series, so a field name and a colour stay put when others are hidden. */
  index: number;
}

export function colourAt(index: number): string {
  return chartPalette[index % chartPalette.length] ?? '#000000';
}

/** A series' own colour, or the palette's by its position. */
export function colourSeries(series: readonly ChartSeries[]): ColouredSeries[] {
  return series.map((s, index) => ({ ...s, colour: s.colour ?? colourAt(index), index }));
}

export function visibleSeries<T extends { key: string }>(
  series: readonly T[],
  hidden: ReadonlySet<string>,
): T[] {
  return series.filter((s) => !hidden.has(s.key));
}
