import type { SankeyLinkSpec, SankeyNodeSpec } from './chart-types.ts';
import { formatValue, valueText } from './format-value.ts';
import { colourAt } from './series-colours.ts';

export interface SankeyChartNode {
  key: string;
  name: string;
  colour: string;
  /** The figure its label shows: the report's where the spec gives one, else its flows' ('3*'). */
  text: string;
  /** The report's figure, when it is not what the flows add up to (a note says so). */
  differs?: { reported: string; flows: string };
  derived: boolean;
}

export interface SankeyChartLink {
  source: number;
  target: number;
  value: number;
  derived: boolean;
}

export interface SankeyChartData {
  nodes: SankeyChartNode[];
  links: SankeyChartLink[];
  /** Column of each node as recharts lays them out: longest path from a source, sinks last. */
  depths: number[];
}

function reaches(adjacency: Map<string, string[]>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (key === to) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(adjacency.get(key) ?? []));
  }
  return false;
}

/** A node's figure from its flows, as recharts sizes it: the larger of inflow and outflow. */
function flowsOf(links: readonly SankeyChartLink[], index: number) {
  const side = (end: 'source' | 'target') => {
    const own = links.filter((l) => l[end] === index);
    return {
      value: own.reduce((sum, l) => sum + l.value, 0),
      derived: own.some((l) => l.derived),
    };
  };
  const [outflow, inflow] = [side('source'), side('target')];
  return inflow.value >= outflow.value ? inflow : outflow;
}

/** A node's size as recharts computes it: the larger of what flows in and what flows out. */
export function sankeyNodeValue(data: Pick<SankeyChartData, 'links'>, index: number): number {
  return flowsOf(data.links, index).value;
}

function chartNode(spec: SankeyNodeSpec, colour: string, flows: ReturnType<typeof flowsOf>) {
  const reported = spec.value;
  const node: SankeyChartNode = {
    key: spec.key,
    name: spec.label,
    colour,
    text: valueText({ value: flows.value, derived: flows.derived }),
    derived: flows.derived,
  };
  if (reported === undefined || reported.value === null) return node;
  node.text = valueText(reported);
  node.derived = reported.derived === true;
  if (Math.abs(reported.value - flows.value) > 1e-9) {
    node.differs = { reported: node.text, flows: formatValue(flows.value) };
  }
  return node;
}

/**
 * What recharts' Sankey is given: links with a positive value between known nodes (a zero flow
 * has no width; a link that would close a cycle would hang the layout), and only the nodes
 * those links use, each in its own colour or else coloured by its place in the spec, so
 * colours do not shift.
 */
export function toSankeyData(
  nodes: readonly SankeyNodeSpec[],
  links: readonly SankeyLinkSpec[],
): SankeyChartData {
  const specIndex = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!specIndex.has(n.key)) specIndex.set(n.key, i);
  });
  const adjacency = new Map<string, string[]>();
  const kept = links.filter((link) => {
    if (!specIndex.has(link.source) || !specIndex.has(link.target)) return false;
    if (!Number.isFinite(link.value) || link.value <= 0) return false;
    if (reaches(adjacency, link.target, link.source)) return false;
    adjacency.set(link.source, [...(adjacency.get(link.source) ?? []), link.target]);
    return true;
  });
  const used = nodes.filter(
    (n, i) =>
      specIndex.get(n.key) === i && kept.some((l) => l.source === n.key || l.target === n.key),
  );
  const position = new Map(used.map((n, i) => [n.key, i]));
  const chartLinks = kept.map((l) => ({
    source: position.get(l.source) as number,
    target: position.get(l.target) as number,
    value: l.value,
    derived: l.derived === true,
  }));
  const depths = used.map(() => 0);
  // Longest-path layering; the graph is acyclic, so |nodes| rounds settle it.
  for (let round = 0; round < used.length; round += 1) {
    for (const l of chartLinks) {
      depths[l.target] = Math.max(depths[l.target] ?? 0, (depths[l.source] ?? 0) + 1);
    }
  }
  const last = Math.max(0, ...depths);
  used.forEach((_, i) => {
    if (!chartLinks.some((l) => l.source === i)) depths[i] = last;
  });
  // Rightmost columns first: a node's label, drawn with it, then lies over the nodes to its right.
  const order = used.map((_, i) => i).sort((a, b) => (depths[b] ?? 0) - (depths[a] ?? 0) || a - b);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  return {
    nodes: order.map((i) => {
      const n = used[i] as SankeyNodeSpec;
      const colour = n.colour ?? colourAt(specIndex.get(n.key) ?? 0);
      return chartNode(n, colour, flowsOf(chartLinks, i));
    }),
    links: chartLinks.map((l) => ({
      ...l,
      source: newIndex.get(l.source) as number,
      target: newIndex.get(l.target) as number,
    })),
    depths: order.map((i) => depths[i] ?? 0),
  };
}

/**
 * Tall enough that the busiest column's labels do not overlap: `perNode` pixels a node (24 for
 * a one-line label; more where labels take more lines).
 */
export function sankeyHeight(depths: readonly number[], minimum = 320, perNode = 24): number {
  const perColumn = new Map<number, number>();
  for (const d of depths) perColumn.set(d, (perColumn.get(d) ?? 0) + 1);
  const busiest = Math.max(0, ...perColumn.values());
  return Math.max(minimum, busiest * perNode + 20);
}

/** The colour toSankeyData gave a node, read back from the node recharts hands a renderer. */
export function nodeColour(node: object): string {
  return 'colour' in node && typeof node.colour === 'string' ? node.colour : '#999999';
}
