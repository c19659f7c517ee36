// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
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
  outcomes,
} from './chart-fixtures.ts';
import { drawnBars, renderChart } from './render-chart.tsx';
import { zhChartMessages } from '../../../src/i18n/chart-messages.ts';

afterEach(cleanup);

const m = zhChartMessages;

describe('ChartFrame: figure and text alternative', () => {
  it('is a figure named by its visible caption, with the drawing hidden from screen readers', () => {
    const { container } = renderChart({
      kind: 'grouped-bar',
      data: appeals,
      series: appealSeries,
      title: '行政复议、行政诉讼',
      description: '按结果分组',
      id: 'appeals-chart',
    });
    const figure = screen.getByRole('figure', { name: /行政复议、行政诉讼/ });
    expect(figure.id).toBe('appeals-chart');
    expect(within(figure).getByText('按结果分组')).toBeTruthy();
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).not.toBeNull();
    expect(svg?.closest('[aria-hidden="true"]')).not.toBeNull();
    const hidden = container.querySelector('[aria-hidden="true"]') as HTMLElement;
    expect(hidden.querySelectorAll('button, a, [tabindex="0"]')).toHaveLength(0);
  });

  it('has every value and printed form in a table that is always there, shown on request', () => {
    renderChart({ kind: 'grouped-bar', data: appeals, series: appealSeries });
    const table = screen.getByRole('table', { name: m.dataTable });
    const region = table.parentElement as HTMLElement;
    expect(region.className).toContain('ch-sr-only');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(appealSeries.map((s) => s.label));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(appeals.length);
    const cellText = (row: number, col: number) =>
      within(rows[row] as HTMLElement).getAllByRole('cell')[col]?.textContent;
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toBe('行政复议');
    expect(cellText(0, 0)).toBe('3');
    expect(cellText(0, 2)).toBe('0');
    // 纠正 in 直接起诉 was printed '-': blank, with its printed form.
    expect(cellText(1, 1)).toBe(`—${m.printed} -`);

    const toggle = screen.getByRole('button', { name: m.showData });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(region.id);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe(m.hideData);
    expect(region.className).not.toContain('ch-sr-only');
    fireEvent.click(toggle);
    expect(region.className).toContain('ch-sr-only');
  });

  it('shows printed forms that differ from the number (537余万元, full-width digits)', () => {
    renderChart({ kind: 'bar', data: money, series: moneySeries });
    const table = screen.getByRole('table', { name: m.dataTable });
    expect(within(table).getByText('537余万元')).toBeTruthy();
    expect(within(table).getByText('251000元')).toBeTruthy();
    cleanup();
    renderChart({ kind: 'stacked-bar', data: outcomes, series: applicantSeries });
    const outcomesTable = screen.getByRole('table', { name: m.dataTable });
    const row = within(outcomesTable).getByRole('row', { name: /1\.本机关不掌握相关政府信息/ });
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe(`5${m.printed} ５`);
  });
});

describe('ChartFrame: legend', () => {
  it('toggles a series: aria-pressed flips, its bars go, the entry stays', () => {
    const { container } = renderChart({
      kind: 'stacked-bar',
      data: outcomes,
      series: applicantSeries,
    });
    const business = screen.getByRole('button', { name: m.toggleSeries('商业企业') });
    expect(business.getAttribute('aria-pressed')).toBe('true');
    const ofBusiness = () => drawnBars(container).filter((b) => b.fill === chartPalette[1]);
    const total = drawnBars(container).length;
    expect(ofBusiness()).toHaveLength(drawnCount(outcomes, 'business'));

    fireEvent.click(business);
    expect(business.getAttribute('aria-pressed')).toBe('false');
    expect(ofBusiness()).toHaveLength(0);
    expect(drawnBars(container)).toHaveLength(total - drawnCount(outcomes, 'business'));
    expect(screen.getByRole('button', { name: m.toggleSeries('商业企业') })).toBe(business);
    // The others keep their colours.
    expect(drawnBars(container).filter((b) => b.fill === chartPalette[2])).toHaveLength(
      drawnCount(outcomes, 'legal'),
    );

    fireEvent.click(business);
    expect(business.getAttribute('aria-pressed')).toBe('true');
    expect(ofBusiness()).toHaveLength(drawnCount(outcomes, 'business'));
  });

  it('is made of real, focusable buttons (so Tab, Enter and Space work)', () => {
    renderChart({ kind: 'grouped-bar', data: appeals, series: appealSeries });
    const buttons = screen.getAllByRole('button', { pressed: true });
    expect(buttons.map((b) => b.textContent)).toEqual(appealSeries.map((s) => s.label));
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      button.focus();
      expect(document.activeElement).toBe(button);
    }
  });

  it('keeps the table whole when a series is hidden', () => {
    renderChart({ kind: 'grouped-bar', data: appeals, series: appealSeries });
    fireEvent.click(screen.getByRole('button', { name: m.toggleSeries('维持') }));
    const table = screen.getByRole('table', { name: m.dataTable });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(appealSeries.length);
  });

  it('says so, and keeps the legend, when every series is switched off', () => {
    const { container } = renderChart({ kind: 'grouped-bar', data: appeals, series: appealSeries });
    for (const s of appealSeries) {
      fireEvent.click(screen.getByRole('button', { name: m.toggleSeries(s.label) }));
    }
    expect(screen.getByText(m.empty)).toBeTruthy();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(screen.getAllByRole('button', { pressed: false })).toHaveLength(appealSeries.length);
  });
});

describe('ChartFrame: empty data', () => {
  it.each([
    ['no categories', []],
    [
      'only blanks and zeros',
      [datum('a', '（一）予以公开', { n: null }), datum('b', '（二）部分公开', { n: 0 })],
    ],
  ])('shows the sentence and no chart for %s', (_, data) => {
    for (const kind of ['bar', 'horizontal-bar', 'stacked-bar', 'grouped-bar', 'donut'] as const) {
      const { container } = renderChart({ kind, data, series: [{ key: 'n', label: '件数' }] });
      expect(screen.getByText(m.empty)).toBeTruthy();
      expect(container.querySelector('svg')).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.getByRole('figure', { name: '测试图表' })).toBeTruthy();
      cleanup();
    }
  });

  it('treats a chart with no series as empty', () => {
    const { container } = renderChart({ kind: 'bar', data: outcomes, series: [] });
    expect(screen.getByText(m.empty)).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
  });
});

describe('ChartFrame: tooltip', () => {
  it('shows the full category label, the exact value and the printed form on hover', async () => {
    const { container } = renderChart({ kind: 'bar', data: money, series: moneySeries });
    const wrapper = container.querySelector('.recharts-wrapper') as HTMLElement;
    const first = drawnBars(container)[0];
    fireEvent.mouseMove(wrapper, { clientX: (first?.x ?? 0) + 10, clientY: 150 });
    const tooltip = await waitFor(() => {
      const found = container.querySelector('.ch-tooltip');
      if (found === null) throw new Error('no tooltip yet');
      return found as HTMLElement;
    });
    expect(within(tooltip).getByText('政府集中采购')).toBeTruthy();
    expect(within(tooltip).getByText('537余万元')).toBeTruthy();
    expect(tooltip.querySelector('dd')?.firstChild?.textContent).toBe('537');
  });

  it('shows a blank as blank, with its printed form, in a grouped chart', async () => {
    const { container } = renderChart({ kind: 'grouped-bar', data: appeals, series: appealSeries });
    const wrapper = container.querySelector('.recharts-wrapper') as HTMLElement;
    // The middle group (直接起诉) sits in the middle of the 600px-wide chart.
    fireEvent.mouseMove(wrapper, { clientX: 300, clientY: 150 });
    const tooltip = await waitFor(() => {
      const found = container.querySelector('.ch-tooltip');
      if (found === null) throw new Error('no tooltip yet');
      return found as HTMLElement;
    });
    expect(within(tooltip).getByText('行政诉讼（直接起诉）')).toBeTruthy();
    const lines = [...tooltip.querySelectorAll('.ch-tooltip-line')].map((l) => l.textContent);
    expect(lines).toEqual(['维持2', `纠正—${m.printed} -`, '其他1', '尚未审结0']);
  });
});

describe('lazy loading', () => {
  it('has the components as default exports for React.lazy', async () => {
    const frame = await import('../../../src/components/charts/chart-frame.tsx');
    const sankey = await import('../../../src/components/charts/sankey-chart.tsx');
    expect(frame.default).toBe(frame.ChartFrame);
    expect(sankey.default).toBe(sankey.SankeyChart);
  });
});
