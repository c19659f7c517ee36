// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type SankeyLinkSpec,
  type SankeyNodeSpec,
} from '../../../src/components/charts/chart-types.ts';
import { SankeyChart } from '../../../src/components/charts/sankey-chart.tsx';
import { zhChartMessages } from '../../../src/i18n/chart-messages.ts';

afterEach(cleanup);

const m = zhChartMessages;

const nodes: SankeyNodeSpec[] = [
  { key: 'new', label: '本年新收' },
  { key: 'carried', label: '上年结转' },
  { key: 'granted', label: '（一）予以公开' },
  { key: 'refused', label: '（三）不予公开' },
  { key: 'unavailable', label: '1.本机关不掌握相关政府信息' },
  { key: 'other', label: '（六）其他处理' },
];

const links: SankeyLinkSpec[] = [
  { source: 'new', target: 'granted', value: 6 },
  { source: 'new', target: 'refused', value: 2 },
  { source: 'new', target: 'unavailable', value: 4 },
  { source: 'carried', target: 'granted', value: 2 },
  { source: 'carried', target: 'other', value: 0 },
];

function renderSankey(l: readonly SankeyLinkSpec[] = links) {
  return render(<SankeyChart title="申请的去向" nodes={nodes} links={l} messages={m} />);
}

describe('SankeyChart', () => {
  it('draws a node for every node with a flow and a link for every positive flow', () => {
    const { container } = renderSankey();
    expect(container.querySelectorAll('.ch-sankey-node')).toHaveLength(5);
    expect(container.querySelectorAll('.ch-sankey-link')).toHaveLength(4);
    const labels = [...container.querySelectorAll('.ch-sankey-label')].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['本年新收 12', '上年结转 2', '（一）予以公开 8', '（三）不予公开 2']),
    );
    // A long name is drawn whole with its value (wrapped where the margin needs it, never cut);
    // the <title> has it on one line.
    const long = labels.find((l) => l?.startsWith('1.本机关'));
    expect(long).toMatch(/^1\.本机关.*4$/);
    expect(long?.replace(/\s/g, '')).toBe('1.本机关不掌握相关政府信息4');
    const titles = [...container.querySelectorAll('.ch-sankey-node title')].map(
      (t) => t.textContent,
    );
    expect(titles).toContain('1.本机关不掌握相关政府信息 4');
  });

  it('gives a link a width in proportion to its value, in the colour of its source', () => {
    const { container } = renderSankey();
    const drawn = [...container.querySelectorAll('.ch-sankey-link')].map((p) => ({
      width: Number(p.getAttribute('stroke-width')),
      stroke: p.getAttribute('stroke'),
    }));
    const widths = drawn.map((d) => d.width).sort((a, b) => b - a);
    // 6, 4, 2, 2 people.
    expect(widths[0] ?? 0).toBeCloseTo((widths[3] ?? 0) * 3, 5);
    expect(widths[1] ?? 0).toBeCloseTo((widths[2] ?? 0) * 2, 5);
    expect(new Set(drawn.map((d) => d.stroke)).size).toBe(2);
  });

  it('puts the drawing out of the accessibility tree and every flow in the table', () => {
    const { container } = renderSankey();
    expect(screen.getByRole('figure', { name: '申请的去向' })).toBeTruthy();
    expect(container.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    const table = screen.getByRole('table', { name: m.dataTable });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '本年新收 → （一）予以公开6',
      '本年新收 → （三）不予公开2',
      '本年新收 → 1.本机关不掌握相关政府信息4',
      '上年结转 → （一）予以公开2',
      '上年结转 → （六）其他处理0',
    ]);
    expect(within(table).getByRole('columnheader').textContent).toBe(m.value);
    expect(screen.getByRole('button', { name: m.showData })).toBeTruthy();
  });

  it('shows the sentence and no svg when no flow has a value', () => {
    const { container } = renderSankey([{ source: 'new', target: 'granted', value: 0 }]);
    expect(screen.getByText(m.empty)).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
    cleanup();
    const again = renderSankey([]);
    expect(screen.getByText(m.empty)).toBeTruthy();
    expect(again.container.querySelector('svg')).toBeNull();
  });
});
