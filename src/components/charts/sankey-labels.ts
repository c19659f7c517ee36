import type { SankeyChartData } from './sankey-data.ts';
import { labelWidth, wrapLabel } from './wrap-label.ts';

export const sankeyFontSize = 12;
/** Longest node label, in ems, before it is cut with an ellipsis (the tooltip has it whole). */
export const sankeyLabelEms = 12;
const maxLabelRoom = 190;

export function sankeyNodeText(name: string, value: unknown): string {
  const shown = wrapLabel(name, sankeyLabelEms, 1)[0] ?? '';
  return typeof value === 'number' ? `${shown} ${value}` : shown;
}

/** A node's size as recharts computes it: the larger of what flows in and what flows out. */
export function sankeyNodeValue(data: Pick<SankeyChartData, 'links'>, index: number): number {
  const sum = (side: 'source' | 'target') =>
    data.links.filter((l) => l[side] === index).reduce((total, l) => total + l.value, 0);
  return Math.max(sum('source'), sum('target'));
}

/** Margins that hold the labels: sources' labels left of them, every other node's right. */
export function sankeyMargins(data: SankeyChartData): { left: number; right: number } {
  const room = (left: boolean) => {
    const widths = data.nodes
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => (data.depths[i] === 0) === left)
      .map(({ n, i }) => labelWidth(sankeyNodeText(n.name, sankeyNodeValue(data, i))));
    return Math.min(Math.max(0, ...widths) * sankeyFontSize + 12, maxLabelRoom);
  };
  return { left: room(true), right: room(false) };
}
