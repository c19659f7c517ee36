// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import { applicantSeries, datum, nth, outcomes } from './chart-fixtures.ts';
import { renderChart } from './render-chart.tsx';
import { zhChartMessages } from '../../../src/i18n/chart-messages.ts';

afterEach(cleanup);

const m = zhChartMessages;

const sectors = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-pie-sector path')].map((p) => p.getAttribute('fill'));
/** The angle a sector spans, from its outer arc: 'M x0,y0 A r,r,0,large,sweep,x1,y1 …'. */
function sectorDegrees(d: string): number {
  const n = (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const [x0, y0, r, , , large, , x1, y1] = n as number[];
  const chord = Math.hypot((x1 ?? 0) - (x0 ?? 0), (y1 ?? 0) - (y0 ?? 0));
  const degrees = (2 * Math.asin(Math.min(1, chord / (2 * (r ?? 1)))) * 180) / Math.PI;
  return large === 1 ? 360 - degrees : degrees;
}

const centreTotal = (container: HTMLElement) =>
  container.querySelector('.ch-donut-total')?.textContent;

describe('donut', () => {
  it('draws a slice per category with a value, coloured in palette order, total in the hole', () => {
    // 自然人 (the first series): 3, 1, 2, 5.
    const { container } = renderChart({ kind: 'donut', data: outcomes, series: applicantSeries });
    expect(sectors(container)).toEqual(chartPalette.slice(0, 4));
    expect(centreTotal(container)).toBe(`${m.total}11`);
    const labels = [...container.querySelectorAll('.ch-value-label')].map((t) => t.textContent);
    expect(labels).toHaveLength(4);
    expect(labels).toContain('（一）予以公开 3');
    expect(labels.every((l) => /\d$/.test(l ?? ''))).toBe(true);
  });

  it('leaves blank and zero categories out of the ring but in the legend and the table', () => {
    // 商业企业: 1, blank, 0, 2.
    const business = [{ key: 'business', label: '商业企业' }];
    const { container } = renderChart({ kind: 'donut', data: outcomes, series: business });
    expect(sectors(container)).toEqual([chartPalette[0], chartPalette[3]]);
    expect(centreTotal(container)).toBe(`${m.total}3`);
    expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(outcomes.length);
    const table = screen.getByRole('table', { name: m.dataTable });
    const partial = within(table).getByRole('row', { name: /（二）部分公开/ });
    expect(within(partial).getByRole('cell').textContent).toBe('—');
    const total = within(table).getByRole('row', { name: new RegExp(m.total) });
    expect(within(total).getByRole('cell').textContent).toBe('3');
  });

  it('switches a slice off and on from the legend, updating the total', () => {
    const { container } = renderChart({ kind: 'donut', data: outcomes, series: applicantSeries });
    const unavailable = screen.getByRole('button', {
      name: m.toggleSeries('1.本机关不掌握相关政府信息'),
    });
    fireEvent.click(unavailable);
    expect(unavailable.getAttribute('aria-pressed')).toBe('false');
    expect(sectors(container)).toEqual(chartPalette.slice(0, 3));
    expect(centreTotal(container)).toBe(`${m.total}6`);
    fireEvent.click(unavailable);
    expect(sectors(container)).toHaveLength(4);
    expect(centreTotal(container)).toBe(`${m.total}11`);
  });

  it('draws slices in proportion to their values', () => {
    const data = [datum('a', '甲', { n: 3 }), datum('b', '乙', { n: 1 })];
    const { container } = renderChart({
      kind: 'donut',
      data,
      series: [{ key: 'n', label: '件数' }],
    });
    const spans = [...container.querySelectorAll('.recharts-pie-sector path')].map((p) =>
      sectorDegrees(p.getAttribute('d') ?? ''),
    );
    expect(spans).toHaveLength(2);
    expect(nth(spans, 0)).toBeCloseTo(270, 0);
    expect(nth(spans, 1)).toBeCloseTo(90, 0);
    const labels = [...container.querySelectorAll('.ch-value-label')].map((l) => l.textContent);
    expect(labels).toEqual(['甲 3', '乙 1']);
  });

  // Issue 18, item 4: the hole shows the report's total, not a figure the report does not have.
  it('shows the total the report gives in the hole and the table, with a note when the slices disagree', () => {
    const data = [datum('a', '甲', { n: 3 }), datum('b', '乙', { n: 1 })];
    const { container } = renderChart({
      kind: 'donut',
      data,
      series: [{ key: 'n', label: '件数' }],
      total: { value: 6 },
    });
    expect(centreTotal(container)).toBe(`${m.total}6`);
    expect(screen.getByText(m.totalDiffers('4', '6'))).toBeTruthy();
    const table = screen.getByRole('table', { name: m.dataTable });
    const total = within(table).getByRole('row', { name: new RegExp(m.total) });
    expect(within(total).getByRole('cell').textContent).toBe('6');
    // With a slice switched off, the hole says it is the sum of those shown.
    fireEvent.click(screen.getByRole('button', { name: m.toggleSeries('乙') }));
    expect(centreTotal(container)).toBe(`${m.shownTotal}3`);
  });

  it('says nothing more when the slices add up to the total, and marks a blank total as derived', () => {
    const data = [datum('a', '甲', { n: 3 }), datum('b', '乙', { n: 1 })];
    renderChart({
      kind: 'donut',
      data,
      series: [{ key: 'n', label: '件数' }],
      total: { value: 4 },
    });
    expect(screen.queryByText(m.totalDiffers('4', '4'))).toBeNull();
    expect(screen.queryByText(m.derivedNote)).toBeNull();
    cleanup();
    const { container } = renderChart({
      kind: 'donut',
      data,
      series: [{ key: 'n', label: '件数' }],
      total: { value: null },
    });
    expect(centreTotal(container)).toBe(`${m.total}4*`);
    expect(screen.getByText(m.derivedNote)).toBeTruthy();
  });

  it('marks a derived slice in its label and the table, with the note under the chart', () => {
    const data = [datum('a', '甲', { n: { value: 3, derived: true } }), datum('b', '乙', { n: 1 })];
    const { container } = renderChart({
      kind: 'donut',
      data,
      series: [{ key: 'n', label: '件数' }],
    });
    const labels = [...container.querySelectorAll('.ch-value-label')].map((l) => l.textContent);
    expect(labels).toEqual(['甲 3*', '乙 1']);
    const row = within(screen.getByRole('table', { name: m.dataTable })).getByRole('row', {
      name: /甲/,
    });
    expect(within(row).getByRole('cell').textContent).toBe(`3*${m.derived}`);
    expect(screen.getByText(m.derivedNote)).toBeTruthy();
  });
});
