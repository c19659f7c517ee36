import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enTableMessages, type CellNote } from '../../../src/components/tables/table-types.ts';
import { renderTable } from './render-table.tsx';

afterEach(cleanup);

/** The body cell holding the given cell path. */
function cellAt(container: HTMLElement, path: string): HTMLElement {
  const cell = container.querySelector<HTMLElement>(`td[data-path="${path}"]`);
  if (!cell) throw new Error(`no cell ${path}`);
  return cell;
}

const notes = new Map<string, readonly CellNote[]>([
  ['t.received.total', [{ severity: 'error', message: '总计 6 不等于分项之和 5' }]],
  [
    't.carried.person',
    [
      { severity: 'info', message: '与上年报告一致' },
      { severity: 'warning', message: '数字偏大' },
    ],
  ],
]);

describe('DataTable cell display', () => {
  it('shows blank, 0 and not applicable differently', () => {
    const { container } = renderTable();
    const blank = cellAt(container, 't.received.business');
    const zero = cellAt(container, 't.received.research');
    const notApplicable = cellAt(container, 't.carried.research');

    expect(blank.textContent).toBe('·空白');
    expect(blank.querySelector('.dt-sr-only')?.textContent).toBe('空白');
    expect(blank.querySelector('.dt-blank')?.getAttribute('aria-hidden')).toBe('true');
    expect(zero.textContent).toBe('0');
    expect(notApplicable.textContent).toBe('-不适用');
    expect(screen.getAllByTitle('不适用').map((el) => el.textContent)).toEqual(['-', '-']);
    expect(new Set([blank.textContent, zero.textContent, notApplicable.textContent]).size).toBe(3);
  });

  it('leaves a group row’s own cells empty rather than calling them blank', () => {
    renderTable();
    const groupRow = screen.getByRole('rowheader', { name: /三、本年度办理结果/ }).closest('tr');
    const cells = [...(groupRow?.querySelectorAll('td') ?? [])];
    expect(cells).toHaveLength(4);
    expect(cells.map((td) => td.textContent)).toEqual(['', '', '', '']);
  });

  it('shows a printed form with the number read from it beside it', () => {
    const { container } = renderTable();
    const money = cellAt(container, 't.fees.person');
    expect(money.querySelector('.dt-printed')?.textContent).toBe('537余万元');
    // 余 makes it approximate: marked, with the reason in a title.
    expect(money.querySelector('.dt-chart-value')?.textContent).toBe('≈537');

    const approx = cellAt(container, 't.fees.business');
    expect(approx.querySelector('.dt-printed')?.textContent).toBe('约12万元');
    expect(approx.querySelector('.dt-chart-value')?.textContent).toBe('≈12');
    expect(screen.getAllByTitle('约数').map((el) => el.textContent)).toEqual(['≈', '≈']);

    const fullWidth = cellAt(container, 't.fees.total');
    expect(fullWidth.textContent).toBe('１２12');
    expect(fullWidth.querySelector('.dt-approx')).toBeNull();
    expect(cellAt(container, 't.fees.research').textContent).toBe('见附件');
    expect(cellAt(container, 't.received.person').textContent).toBe('6');
    expect(cellAt(container, 't.received.person').querySelector('.dt-chart-value')).toBeNull();
  });

  it('uses the messages it is given', () => {
    const { container } = renderTable({ messages: enTableMessages });
    expect(screen.getByRole('searchbox', { name: 'Search the table' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 10 of 10 rows');
    expect(screen.getByRole('button', { name: 'Collapse （三）不予公开' })).toBeTruthy();
    expect(cellAt(container, 't.received.business').textContent).toBe('·Blank');
  });
});

describe('DataTable notes', () => {
  it('marks a cell with notes and shows them on keyboard focus', () => {
    const { container } = renderTable({ notes });
    const cell = screen.getByRole('cell', { description: '总计 6 不等于分项之和 5' });
    expect(cell).toBe(cellAt(container, 't.received.total'));
    expect(cell.tabIndex).toBe(0);
    expect(cell.classList.contains('has-error')).toBe(true);
    expect(cell.querySelector('.dt-note-flag')?.textContent).toBe('!');

    const tooltip = document.getElementById(cell.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.getAttribute('role')).toBe('tooltip');
    expect(tooltip?.hidden).toBe(true);
    fireEvent.focus(cell);
    expect(tooltip?.hidden).toBe(false);
    fireEvent.keyDown(cell, { key: 'Escape' });
    expect(tooltip?.hidden).toBe(true);
    fireEvent.focus(cell);
    fireEvent.blur(cell);
    expect(tooltip?.hidden).toBe(true);
  });

  it('shows notes on hover, all of them, flagged by the worst severity', () => {
    const { container } = renderTable({ notes });
    const cell = cellAt(container, 't.carried.person');
    expect(cell.classList.contains('has-warning')).toBe(true);
    expect(cell.classList.contains('has-error')).toBe(false);
    expect(cell.querySelector('.dt-note-flag')?.textContent).toBe('?');
    const tooltip = document.getElementById(cell.getAttribute('aria-describedby') ?? '');
    fireEvent.mouseEnter(cell);
    expect(tooltip?.hidden).toBe(false);
    expect(tooltip?.textContent).toBe('与上年报告一致 数字偏大');
    fireEvent.mouseLeave(cell);
    expect(tooltip?.hidden).toBe(true);
  });

  it('brings a focused note cell fully into the scrolling region, for its tooltip', () => {
    const scrollIntoView = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrollIntoView;
    try {
      const { container } = renderTable({ notes });
      const cell = cellAt(container, 't.received.total');
      fireEvent.focus(cell);
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
      expect(scrollIntoView.mock.contexts.at(-1)).toBe(cell);
    } finally {
      // @ts-expect-error -- restore jsdom, which has no scrollIntoView
      delete HTMLElement.prototype.scrollIntoView;
    }
  });

  it('leaves cells without notes out of the tab order', () => {
    const { container } = renderTable({ notes });
    const plain = cellAt(container, 't.received.person');
    expect(plain.hasAttribute('tabindex')).toBe(false);
    expect(plain.hasAttribute('aria-describedby')).toBe(false);
    expect(container.querySelectorAll('td[tabindex="0"]')).toHaveLength(2);
  });
});

describe('DataTable highlighted cells', () => {
  it('outlines highlighted cells and scrolls the first into view', () => {
    const scrollIntoView = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrollIntoView;
    try {
      const { container } = renderTable({
        highlighted: new Set(['t.sum.total', 't.query.person']),
      });
      const first = cellAt(container, 't.query.person');
      expect(first.classList.contains('is-highlighted')).toBe(true);
      expect(cellAt(container, 't.sum.total').classList.contains('is-highlighted')).toBe(true);
      expect(cellAt(container, 't.sum.person').classList.contains('is-highlighted')).toBe(false);
      expect(scrollIntoView).toHaveBeenCalledTimes(1);
      expect(scrollIntoView.mock.contexts[0]).toBe(first);
    } finally {
      // @ts-expect-error -- restore jsdom, which has no scrollIntoView
      delete HTMLElement.prototype.scrollIntoView;
    }
  });

  it('renders without scrollIntoView, as in jsdom', () => {
    expect('scrollIntoView' in HTMLElement.prototype).toBe(false);
    const { container } = renderTable({ highlighted: new Set(['t.sum.total']) });
    expect(cellAt(container, 't.sum.total').classList.contains('is-highlighted')).toBe(true);
  });
});
