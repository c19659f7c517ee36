// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import {
  appealSeries,
  appeals,
  applicantSeries,
  datum,
  drawnCount,
  money,
  moneySeries,
  nth,
  outcomes,
} from './chart-fixtures.ts';
import { drawnBars, renderChart, tickPositions, valueLabels } from './render-chart.tsx';

afterEach(cleanup);

const close = (a: number, b: number) => Math.abs(a - b) < 0.01;

describe('bar', () => {
  it('draws one bar a category, heights in proportion, each labelled with its value', () => {
    const { container } = renderChart({ kind: 'bar', data: money, series: moneySeries });
    const bars = drawnBars(container);
    expect(bars).toHaveLength(2);
    const [procurement, fees] = [nth(bars, 0), nth(bars, 1)];
    expect(procurement.height).toBeGreaterThan(0);
    expect(close(procurement.height / fees.height, 537 / 25.1)).toBe(true);
    expect(procurement.width).toBe(fees.width);
    expect(bars.every((b) => b.fill === chartPalette[0])).toBe(true);
    expect(valueLabels(container)).toEqual(['537', '25.1']);
  });

  it('leaves a blank as a gap, never a zero-height bar or a "0" label', () => {
    const data = [
      datum('a', '（一）予以公开', { n: 3 }),
      datum('b', '（二）部分公开', { n: null }),
      datum('c', '（三）不予公开', { n: 2 }),
    ];
    const { container } = renderChart({ kind: 'bar', data, series: [{ key: 'n', label: '件数' }] });
    const bars = drawnBars(container);
    expect(bars).toHaveLength(2);
    expect(bars.every((b) => b.height > 0)).toBe(true);
    expect(valueLabels(container)).toEqual(['3', '2']);
    // The gap is where the blank category is: the bars stand over the first and third ticks.
    const tickX = tickPositions(container);
    expect(tickX).toHaveLength(3);
    expect(nth(bars, 0).x + nth(bars, 0).width / 2).toBeCloseTo(nth(tickX, 0), 0);
    expect(nth(bars, 1).x + nth(bars, 1).width / 2).toBeCloseTo(nth(tickX, 2), 0);
  });

  it('wraps a long Chinese category label and keeps it whole in a <title>', () => {
    const long = '5.要求行政机关确认或重新出具已获取信息';
    const data = [
      datum('a', long, { n: 1 }),
      ...money.map((d) => ({ ...d, values: { n: { value: 2 } } })),
    ];
    const { container } = renderChart({ kind: 'bar', data, series: [{ key: 'n', label: '件数' }] });
    const tick = nth([...container.querySelectorAll('.ch-tick')], 0);
    expect(tick.querySelector('title')?.textContent).toBe(long);
    const lines = [...tick.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(long.startsWith(lines.join('').replace('…', ''))).toBe(true);
  });
});

describe('derived values', () => {
  it('marks a value the app derived on its bar ("3*")', () => {
    const data = [
      datum('a', '（一）予以公开', { n: { value: 3, derived: true } }),
      datum('b', '（二）部分公开', { n: 1 }),
    ];
    const { container } = renderChart({ kind: 'bar', data, series: [{ key: 'n', label: '总计' }] });
    expect(valueLabels(container)).toEqual(['3*', '1']);
  });
});

describe('horizontal-bar', () => {
  it('draws bars along the x axis: equal thickness, lengths in proportion', () => {
    const data = [
      datum('a', '1.本机关不掌握相关政府信息', { n: 12 }),
      datum('b', '2.没有现成信息需要另行制作', { n: 3 }),
      datum('c', '3.补正后申请内容仍不明确', { n: null }),
      datum('d', '5.要求行政机关确认或重新出具已获取信息', { n: 1 }),
    ];
    const { container } = renderChart({
      kind: 'horizontal-bar',
      data,
      series: [{ key: 'n', label: '件数' }],
    });
    const bars = drawnBars(container);
    expect(bars).toHaveLength(3);
    expect(new Set(bars.map((b) => b.height)).size).toBe(1);
    expect(new Set(bars.map((b) => b.x)).size).toBe(1);
    expect(close(nth(bars, 0).width / nth(bars, 1).width, 12 / 3)).toBe(true);
    expect(nth(bars, 1).y).toBeGreaterThan(nth(bars, 0).y);
    expect(valueLabels(container)).toEqual(['12', '3', '1']);
    const ticks = [...container.querySelectorAll('.ch-tick')];
    expect(ticks.map((t) => t.querySelector('title')?.textContent)).toEqual(
      data.map((d) => d.label),
    );
    expect(nth(ticks, 3).querySelectorAll('tspan').length).toBeGreaterThan(1);
  });
});

describe('stacked-bar', () => {
  it('draws one stack a category, a segment a series, segments on top of each other', () => {
    const { container } = renderChart({
      kind: 'stacked-bar',
      data: outcomes,
      series: applicantSeries,
    });
    const bars = drawnBars(container);
    const expected = applicantSeries.reduce((n, s) => n + drawnCount(outcomes, s.key), 0);
    expect(bars).toHaveLength(expected);
    for (const [i, s] of applicantSeries.entries()) {
      expect(
        bars.filter((b) => b.fill === chartPalette[i]),
        s.label,
      ).toHaveLength(drawnCount(outcomes, s.key));
    }
    // （一）予以公开: 自然人 3, 商业企业 1, 法律服务机构 2, one column, each segment on the last.
    const granted = bars.filter((b) => b.x === nth(bars, 0).x).sort((a, b) => b.y - a.y);
    expect(granted.map((b) => b.fill)).toEqual(chartPalette.slice(0, 3));
    expect(nth(granted, 1).y + nth(granted, 1).height).toBeCloseTo(nth(granted, 0).y, 5);
    expect(nth(granted, 2).y + nth(granted, 2).height).toBeCloseTo(nth(granted, 1).y, 5);
    expect(close(nth(granted, 0).height / nth(granted, 1).height, 3)).toBe(true);
  });
});

describe('grouped-bar', () => {
  it('draws the series side by side in each group, blanks and zeros left out', () => {
    const { container } = renderChart({
      kind: 'grouped-bar',
      data: appeals,
      series: appealSeries,
    });
    const bars = drawnBars(container);
    const expected = appealSeries.reduce((n, s) => n + drawnCount(appeals, s.key), 0);
    expect(bars).toHaveLength(expected);
    expect(bars.every((b) => b.height > 0)).toBe(true);
    // 行政复议: 维持 3, 纠正 1, 尚未审结 2: three bars at different x, in series order.
    const ticks = tickPositions(container);
    const nearest = (b: { x: number; width: number }) => {
      const centre = b.x + b.width / 2;
      return ticks.reduce(
        (best, t, i) => (Math.abs(t - centre) < Math.abs(nth(ticks, best) - centre) ? i : best),
        0,
      );
    };
    const first = bars.filter((b) => nearest(b) === 0).sort((a, b) => a.x - b.x);
    expect(first.map((b) => b.fill)).toEqual([chartPalette[0], chartPalette[1], chartPalette[3]]);
    expect(new Set(first.map((b) => b.x)).size).toBe(3);
    expect(valueLabels(container)).toHaveLength(expected);
  });
});
