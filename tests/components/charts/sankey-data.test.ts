import { describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import {
  nodeColour,
  sankeyHeight,
  toSankeyData,
} from '../../../src/components/charts/sankey-data.ts';
import {
  sankeyLabelRoom,
  sankeyMargins,
  sankeyNodeText,
  sankeyNodeValue,
} from '../../../src/components/charts/sankey-labels.ts';
import { labelWidth } from '../../../src/components/charts/wrap-label.ts';

const nodes = [
  { key: 'new', label: '本年新收' },
  { key: 'carried', label: '上年结转' },
  { key: 'granted', label: '（一）予以公开' },
  { key: 'refused', label: '（三）不予公开' },
  { key: 'unused', label: '（六）其他处理' },
];

function namesOf(data: ReturnType<typeof toSankeyData>) {
  return data.links.map((l) => `${data.nodes[l.source]?.name}→${data.nodes[l.target]?.name}`);
}

describe('toSankeyData', () => {
  it('keeps positive links between known nodes, and only the nodes they use', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'new', target: 'refused', value: 2 },
      { source: 'carried', target: 'granted', value: 1 },
      { source: 'carried', target: 'unused', value: 0 },
      { source: 'new', target: 'nowhere', value: 4 },
      { source: 'new', target: 'refused', value: Number.NaN },
    ]);
    expect(data.nodes.map((n) => n.name).sort()).toEqual(
      ['本年新收', '上年结转', '（一）予以公开', '（三）不予公开'].sort(),
    );
    expect(namesOf(data)).toEqual([
      '本年新收→（一）予以公开',
      '本年新收→（三）不予公开',
      '上年结转→（一）予以公开',
    ]);
    expect(data.links.map((l) => l.value)).toEqual([3, 2, 1]);
  });

  it('colours a node by its place in the spec, whatever is dropped', () => {
    const data = toSankeyData(nodes, [{ source: 'carried', target: 'refused', value: 1 }]);
    const colours = Object.fromEntries(data.nodes.map((n) => [n.key, nodeColour(n)]));
    expect(colours).toEqual({ carried: chartPalette[1], refused: chartPalette[3] });
  });

  it('drops self-links and a link that would close a cycle, which would hang the layout', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'granted', target: 'refused', value: 1 },
      { source: 'refused', target: 'new', value: 1 },
      { source: 'new', target: 'new', value: 1 },
    ]);
    expect(namesOf(data)).toEqual(['本年新收→（一）予以公开', '（一）予以公开→（三）不予公开']);
  });

  it('puts sources in column 0 and sinks in the last column, drawn rightmost first', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'granted', target: 'refused', value: 1 },
      { source: 'carried', target: 'refused', value: 1 },
    ]);
    const depth = Object.fromEntries(data.nodes.map((n, i) => [n.key, data.depths[i]]));
    expect(depth).toEqual({ new: 0, carried: 0, granted: 1, refused: 2 });
    expect(data.depths).toEqual([...data.depths].sort((a, b) => b - a));
  });

  it('is empty when no link has a value', () => {
    const data = toSankeyData(nodes, [{ source: 'new', target: 'granted', value: 0 }]);
    expect(data).toEqual({ nodes: [], links: [], depths: [] });
  });
});

describe('sankey layout helpers', () => {
  it('sizes a node as recharts does: the larger of inflow and outflow', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'carried', target: 'granted', value: 1 },
      { source: 'granted', target: 'refused', value: 2 },
    ]);
    const granted = data.nodes.findIndex((n) => n.key === 'granted');
    expect(sankeyNodeValue(data, granted)).toBe(4);
  });

  it('labels a node with its name and value, cutting only the name to the room it has', () => {
    expect(sankeyNodeText('本年新收', 20)).toBe('本年新收 20');
    expect(sankeyNodeText('本年新收', 20, 200)).toBe('本年新收 20');
    const cut = sankeyNodeText('5.要求行政机关确认或重新出具已获取信息', 1, 100);
    expect(cut).toMatch(/^5\.要求.*… 1$/);
    expect(labelWidth(cut) * 12).toBeLessThanOrEqual(100);
  });

  it('leaves margin for the source labels on the left and the rest on the right', () => {
    const data = toSankeyData(nodes, [{ source: 'new', target: 'granted', value: 3 }]);
    const margins = sankeyMargins(data, 928);
    expect(margins.left).toBeGreaterThanOrEqual(labelWidth('本年新收 3') * 12);
    expect(margins.right).toBeGreaterThanOrEqual(labelWidth('（一）予以公开 3') * 12);
    expect(sankeyLabelRoom(0, margins)).toBeLessThan(margins.left);
  });

  it('caps the margins on a narrow chart so the flows keep room', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'new', target: 'refused', value: 3 },
    ]);
    const margins = sankeyMargins(
      { ...data, nodes: data.nodes.map((n) => ({ ...n, name: n.name.repeat(4) })) },
      336,
    );
    expect(margins.left + margins.right).toBeLessThanOrEqual(336 * 0.56 + 1);
  });

  it('grows with the busiest column and never goes under the minimum', () => {
    expect(sankeyHeight([0, 1, 1])).toBe(320);
    expect(sankeyHeight([0, ...Array.from({ length: 20 }, () => 1)])).toBe(20 * 24 + 20);
  });
});
