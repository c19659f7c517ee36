import type { SankeyChartData } from './sankey-data.ts';
import { labelWidth, wrapLabel } from './wrap-label.ts';

export const sankeyFontSize = 12;
/** Gap between a node and its label, and a little air at the chart's edge. */
const labelGap = 10;

/** 'name value', the name (never the value) cut with an ellipsis to fit `room` pixels. */
export function sankeyNodeText(name: string, value: unknown, room = Infinity): string {
  const number = typeof value === 'number' ? ` ${value}` : '';
  const ems = room / sankeyFontSize - labelWidth(number);
  if (ems >= labelWidth(name)) return `${name}${number}`;
  return `${wrapLabel(name, Math.max(ems, 1), 1)[0] ?? ''}${number}`;
}

/** A node's size as recharts computes it: the larger of what flows in and what flows out. */
export function sankeyNodeValue(data: Pick<SankeyChartData, 'links'>, index: number): number {
  const sum = (side: 'source' | 'target') =>
    data.links.filter((l) => l[side] === index).reduce((total, l) => total + l.value, 0);
  return Math.max(sum('source'), sum('target'));
}

/**
 * Margins that hold the labels, sources' on the left and every other node's on the right,
 * each at most 28% of the width so the flows keep room on a phone (labels are then cut).
 */
export function sankeyMargins(
  data: SankeyChartData,
  width: number,
): { left: number; right: number } {
  const room = (left: boolean) => {
    const widths = data.nodes
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => (data.depths[i] === 0) === left)
      .map(({ n, i }) => labelWidth(sankeyNodeText(n.name, sankeyNodeValue(data, i))));
    const needed = Math.max(0, ...widths) * sankeyFontSize + labelGap;
    return Math.round(Math.min(needed, Math.max(width * 0.28, 48)));
  };
  return { left: room(true), right: room(false) };
}

/** Pixels a node's label may take: its margin, less the gap to the node. */
export function sankeyLabelRoom(depth: number, margins: { left: number; right: number }): number {
  return (depth === 0 ? margins.left : margins.right) - labelGap + 4;
}
