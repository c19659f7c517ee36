import type { ChartDatum } from './chart-types.ts';
import { narrowestWidth, pixels, wrapLabel } from './wrap-label.ts';

export const tickFontSize = 12;
export const tickLineHeight = 15;
/** Lines a label under a bar may take before the bars are laid sideways instead. */
export const maxTickLines = 3;
/** Width of the value axis beside upright bars. */
const valueAxisWidth = 48;
/** Height of the value axis under sideways bars. */
const valueAxisHeight = 30;

export interface BarMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BarLayout {
  /** Bars lie sideways, their labels beside them. */
  horizontal: boolean;
  /** Each category's label, broken into lines: key → lines. */
  lines: ReadonlyMap<string, readonly string[]>;
  /** Height of the category axis under upright bars, or width of the one beside sideways bars. */
  categoryAxis: number;
  margin: BarMargins;
  height: number;
}

const marginFor = (horizontal: boolean, stacked: boolean): BarMargins => ({
  top: 20,
  right: horizontal && !stacked ? 48 : 12,
  bottom: 4,
  left: 4,
});

const tallest = (lines: ReadonlyMap<string, readonly string[]>) =>
  Math.max(1, ...[...lines.values()].map((l) => l.length));

/**
 * Room for every category label, whole. Upright bars keep their labels under them when each
 * fits its column in at most three lines without breaking a word; otherwise (a phone, long
 * English labels) the bars lie sideways, labels wrapped beside them in a column up to 40% of
 * the width, and the chart grows as tall as the labels need.
 */
export function barLayout(
  data: readonly ChartDatum[],
  options: { width: number; height: number; sideways: boolean; stacked: boolean },
): BarLayout {
  const { width, height, stacked } = options;
  if (!options.sideways && data.length > 0) {
    const margin = marginFor(false, stacked);
    const column = (width - margin.left - margin.right - valueAxisWidth) / data.length;
    const ems = (column - 6) / tickFontSize;
    const lines = new Map(data.map((d) => [d.key, wrapLabel(d.label, ems)]));
    const fits = data.every((d) => narrowestWidth(d.label) <= ems);
    if (fits && tallest(lines) <= maxTickLines) {
      return {
        horizontal: false,
        lines,
        categoryAxis: tallest(lines) * tickLineHeight + 10,
        margin,
        height,
      };
    }
  }
  const margin = marginFor(true, stacked);
  const longest = Math.max(0, ...data.map((d) => pixels(d.label, tickFontSize)));
  const widestWord = Math.max(0, ...data.map((d) => narrowestWidth(d.label) * tickFontSize));
  const axis = Math.round(
    Math.max(48, Math.min(longest + 16, Math.max(width * 0.4, widestWord + 16))),
  );
  const lines = new Map(data.map((d) => [d.key, wrapLabel(d.label, (axis - 14) / tickFontSize)]));
  const row = tallest(lines) * tickLineHeight + 12;
  return {
    horizontal: true,
    lines,
    categoryAxis: axis,
    margin,
    height: Math.max(height, data.length * row + margin.top + margin.bottom + valueAxisHeight),
  };
}
