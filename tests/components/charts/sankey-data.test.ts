import { describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import {
  nodeColour,
  sankeyHeight,
  sankeyNodeValue,
  toSankeyData,
} from '../../../src/components/charts/sankey-data.ts';
import {
  sankeyLayout,
  sankeyLineHeight,
  sankeyNodeText,
} from '../../../src/components/charts/sankey-labels.ts';
import { labelWidth } from '../../../src/components/charts/wrap-label.ts';
import { nth } from './chart-fixtures.ts';

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

  it('keeps a node’s own colour, and shows the figure the report gives for it', () => {
    const data = toSankeyData(
      [
        { key: 'intake', label: '收到的申请', value: { value: 330 } },
        { key: 'granted', label: '（一）予以公开', colour: '#009E73' },
        { key: 'refused', label: '（三）不予公开' },
      ],
      [
        { source: 'intake', target: 'granted', value: 3, derived: true },
        { source: 'intake', target: 'refused', value: 19465 },
      ],
    );
    const byKey = Object.fromEntries(data.nodes.map((n) => [n.key, n]));
    expect(byKey.granted).toMatchObject({ colour: '#009E73', text: '3*', derived: true });
    expect(byKey.refused).toMatchObject({ colour: chartPalette[2], text: '19465', derived: false });
    // The report's figure, not what the flows add up to; the difference is kept for a note.
    expect(byKey.intake).toMatchObject({
      text: '330',
      differs: { reported: '330', flows: '19468' },
    });
    expect(data.links.map((l) => l.derived)).toEqual([true, false]);
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

  it('labels a node with its name and value, and never cuts it: a long label wraps', () => {
    expect(sankeyNodeText('本年新收', '20')).toBe('本年新收 20');
    const long = '5.要求行政机关确认或重新出具已获取信息';
    const data = toSankeyData(
      [...nodes, { key: 'long', label: long }],
      [{ source: 'new', target: 'long', value: 1 }],
    );
    const layout = sankeyLayout(data, 336);
    const lines = nth(
      layout.lines,
      data.nodes.findIndex((n) => n.key === 'long'),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe(`${long}1`);
    expect(lines.join('')).not.toContain('…');
    for (const line of lines) {
      expect(labelWidth(line) * 12).toBeLessThanOrEqual(layout.margin.right - 10);
    }
  });

  it('leaves margin for the source labels on the left and the rest on the right', () => {
    const data = toSankeyData(nodes, [{ source: 'new', target: 'granted', value: 3 }]);
    const { margin, lines } = sankeyLayout(data, 928);
    expect(margin.left).toBeGreaterThanOrEqual(labelWidth('本年新收 3') * 12);
    expect(margin.right).toBeGreaterThanOrEqual(labelWidth('（一）予以公开 3') * 12);
    expect(lines.every((l) => l.length === 1)).toBe(true);
  });

  it('caps the margins on a narrow chart so the flows keep room, but never below a word', () => {
    const data = toSankeyData(nodes, [
      { source: 'new', target: 'granted', value: 3 },
      { source: 'new', target: 'refused', value: 3 },
    ]);
    const long = { ...data, nodes: data.nodes.map((n) => ({ ...n, name: n.name.repeat(4) })) };
    const { margin } = sankeyLayout(long, 336);
    expect(margin.left + margin.right).toBeLessThanOrEqual(336 * 0.6 + 2 * 10 + 2);
    const english = {
      ...data,
      nodes: data.nodes.map((n) => ({ ...n, name: 'Applications received' })),
    };
    expect(sankeyLayout(english, 200).margin.left).toBeGreaterThanOrEqual(
      labelWidth('Applications') * 12,
    );
  });

  it('spaces nodes at least a label apart and grows tall enough for them', () => {
    const data = toSankeyData(
      [
        ...nodes,
        ...Array.from({ length: 8 }, (_, i) => ({
          key: `n${i}`,
          label: `（${i}）不予处理的其他情形`,
        })),
      ],
      Array.from({ length: 8 }, (_, i) => ({ source: 'new', target: `n${i}`, value: i + 1 })),
    );
    const layout = sankeyLayout(data, 336);
    const tallest = Math.max(...layout.lines.map((l) => l.length)) * sankeyLineHeight;
    expect(tallest).toBeGreaterThan(sankeyLineHeight);
    expect(layout.nodePadding).toBeGreaterThanOrEqual(tallest);
    expect(layout.height).toBeGreaterThanOrEqual(
      8 * layout.nodePadding + layout.margin.top + layout.margin.bottom,
    );
  });

  it('grows with the busiest column and never goes under the minimum', () => {
    expect(sankeyHeight([0, 1, 1])).toBe(320);
    expect(sankeyHeight([0, ...Array.from({ length: 20 }, () => 1)])).toBe(20 * 24 + 20);
  });
});
