import type { SankeyLinkSpec, SankeyNodeSpec } from './chart-types.ts';
import { colourAt } from './series-colours.ts';

export interface SankeyChartNode {
  key: string;
  name: string;
  colour: string;
}

export interface SankeyChartLink {
  source: number;
  target: number;
  value: number;
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

/**
 * What recharts' Sankey is given: links with a positive value between known nodes (a zero flow
 * has no width; a link that would close a cycle would hang the layout), and only the nodes
 * those links use, coloured by their place in the spec so colours do not shift.
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
      return { key: n.key, name: n.label, colour: colourAt(specIndex.get(n.key) ?? 0) };
    }),
    links: chartLinks.map((l) => ({
      source: newIndex.get(l.source) as number,
      target: newIndex.get(l.target) as number,
      value: l.value,
    })),
    depths: order.map((i) => depths[i] ?? 0),
  };
}

/** Tall enough that the busiest column's labels (about 24px each) do not overlap. */
export function sankeyHeight(depths: readonly number[], minimum = 320): number {
  const perColumn = new Map<number, number>();
  for (const d of depths) perColumn.set(d, (perColumn.get(d) ?? 0) + 1);
  const busiest = Math.max(0, ...perColumn.values());
  return Math.max(minimum, busiest * 24 + 20);
}

/** The colour toSankeyData gave a node, read back from the node recharts hands a renderer. */
export function nodeColour(node: object): string {
  return 'colour' in node && typeof node.colour === 'string' ? node.colour : '#999999';
}
