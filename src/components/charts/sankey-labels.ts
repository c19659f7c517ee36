import { sankeyHeight, type SankeyChartData } from './sankey-data.ts';
import { narrowestWidth, pixels, wrapLabel } from './wrap-label.ts';

export const sankeyFontSize = 12;
export const sankeyLineHeight = 15;
/** Gap between a node and its label, and a little air at the chart's edge. */
const labelGap = 10;

/** 'name value': the value as the node's label shows it (the report's figure where given). */
export function sankeyNodeText(name: string, value: string): string {
  return value === '' ? name : `${name} ${value}`;
}

export interface SankeyLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  /** Each node's label (by its index in the data), broken into lines. */
  lines: string[][];
  /** Vertical space between two nodes of a column: room for their labels, whatever their size. */
  nodePadding: number;
  height: number;
}

/**
 * Room for every label, whole: sources' on the left, every other node's on the right, each
 * margin as wide as its longest label on one line, or at most 30% of the width (on a phone),
 * but never narrower than its longest word; labels wrap into that room. A label is centred on
 * its node, so nodes are spaced at least a label's height apart, and the chart is as tall as
 * that needs.
 */
export function sankeyLayout(data: SankeyChartData, width: number, minimum?: number): SankeyLayout {
  const texts = data.nodes.map((n) => sankeyNodeText(n.name, n.text));
  const side = (left: boolean) => {
    const own = texts.filter((_, i) => (data.depths[i] === 0) === left);
    const longest = Math.max(0, ...own.map((t) => pixels(t, sankeyFontSize)));
    const widest = Math.max(0, ...own.map((t) => narrowestWidth(t) * sankeyFontSize));
    return Math.ceil(Math.max(widest, Math.min(longest, width * 0.3)) + labelGap);
  };
  const left = side(true);
  const right = side(false);
  const lines = texts.map((t, i) =>
    wrapLabel(t, ((data.depths[i] === 0 ? left : right) - labelGap) / sankeyFontSize),
  );
  const tallest = Math.max(1, ...lines.map((l) => l.length)) * sankeyLineHeight;
  const nodePadding = Math.max(12, tallest + 2);
  const edge = Math.max(8, Math.ceil(tallest / 2) + 2);
  return {
    margin: { top: edge, bottom: edge, left, right },
    lines,
    nodePadding,
    height: sankeyHeight(data.depths, minimum, nodePadding + 7),
  };
}
