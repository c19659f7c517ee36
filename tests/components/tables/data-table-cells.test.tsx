// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CellNote } from '../../../src/components/tables/table-types.ts';
import { renderTable } from './render-table.tsx';
import { enTableMessages, zhTableMessages } from '../../../src/i18n/table-messages.ts';

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

    // Each a single mark, named for screen readers.
    expect(blank.textContent).toBe('·');
    expect(within(blank).getByRole('img', { name: '空白' }).className).toBe('dt-blank');
    expect(zero.textContent).toBe('0');
    expect(notApplicable.textContent).toBe('-');
    expect(within(notApplicable).getByRole('img', { name: '不适用' }).className).toBe('dt-na');
    expect(screen.getAllByTitle('不适用').map((el) => el.textContent)).toEqual(['-', '-']);
    expect(zero.querySelector('[role="img"]')).toBeNull();
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
    expect(
      within(cellAt(container, 't.received.business')).getByRole('img').getAttribute('aria-label'),
    ).toBe('Blank');
  });
});

describe('DataTable notes', () => {
  it('marks a cell with notes and shows them on keyboard focus', () => {
    const { container } = renderTable({ notes });
    const cell = screen.getByRole('cell', { description: '总计 6 不等于分项之和 5' });
    expect(cell).toBe(cellAt(container, 't.received.total'));
    expect(cell.tabIndex).toBe(0);
    // The stylesheet draws the flag with the glyph of the worst severity for this class.
    expect(cell.classList.contains('has-error')).toBe(true);

    const tooltip = () => cell.querySelector('.dt-tooltip');
    expect(tooltip()).toBeNull();
    fireEvent.focus(cell);
    expect(tooltip()?.querySelector('.dt-note')?.textContent).toBe('总计 6 不等于分项之和 5');
    // The description already says it: the tooltip is for the eye only.
    expect(tooltip()?.getAttribute('aria-hidden')).toBe('true');
    fireEvent.keyDown(cell, { key: 'Escape' });
    expect(tooltip()).toBeNull();
    fireEvent.focus(cell);
    fireEvent.blur(cell);
    expect(tooltip()).toBeNull();
  });

  it('shows notes on hover, all of them, flagged by the worst severity', () => {
    const { container } = renderTable({ notes });
    const cell = cellAt(container, 't.carried.person');
    expect(cell.classList.contains('has-warning')).toBe(true);
    expect(cell.classList.contains('has-error')).toBe(false);
    expect(screen.getByRole('cell', { description: '与上年报告一致 数字偏大' })).toBe(cell);
    fireEvent.mouseEnter(cell);
    expect(cell.querySelector('.dt-tooltip')?.textContent).toBe('与上年报告一致 数字偏大');
    fireEvent.mouseLeave(cell);
    expect(cell.querySelector('.dt-tooltip')).toBeNull();
  });

  it('lists each note once, however many cells it describes', () => {
    const shared = { severity: 'warning', message: '本行有 2 个单元格为空' } as const;
    const { container } = renderTable({
      notes: new Map<string, readonly CellNote[]>([
        ['t.received.business', [shared]],
        ['t.received.research', [shared, { severity: 'info', message: '无法校验' }]],
        // The report's notes for another table's cells are not this table's to list.
        ['sections.appeals.review.total', [{ severity: 'error', message: '别的表格' }]],
      ]),
      id: 'tbl',
    });
    const listed = [...container.querySelectorAll('.dt-notes > [id]')];
    expect(listed.map((el) => [el.id, el.textContent])).toEqual([
      ['tbl-note-0', '本行有 2 个单元格为空'],
      ['tbl-note-1', '无法校验'],
    ]);
    expect(container.querySelector<HTMLElement>('.dt-notes')?.hidden).toBe(true);
    expect(cellAt(container, 't.received.business').getAttribute('aria-describedby')).toBe(
      'tbl-note-0',
    );
    expect(cellAt(container, 't.received.research').getAttribute('aria-describedby')).toBe(
      'tbl-note-0 tbl-note-1',
    );
    expect(screen.getByRole('cell', { description: '本行有 2 个单元格为空 无法校验' })).toBe(
      cellAt(container, 't.received.research'),
    );
  });

  it('has no list of notes when no cell has one', () => {
    const { container } = renderTable();
    expect(container.querySelector('.dt-notes')).toBeNull();
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

  it('leaves cells without notes out of the tab order, and puts one noted cell in it', () => {
    const { container } = renderTable({ notes });
    const plain = cellAt(container, 't.received.person');
    expect(plain.hasAttribute('tabindex')).toBe(false);
    expect(plain.hasAttribute('aria-describedby')).toBe(false);
    // However many cells are noted, Tab passes over the table's in one step: the first one.
    expect([...container.querySelectorAll('td[tabindex="0"]')]).toEqual([
      cellAt(container, 't.received.total'),
    ]);
    expect(cellAt(container, 't.carried.person').tabIndex).toBe(-1);
  });
});

describe('DataTable moving between noted cells', () => {
  // A grid of noted cells: rows received, carried, granted, secret; columns as marked.
  const many = new Map<string, readonly CellNote[]>(
    [
      't.received.business',
      't.received.total',
      't.carried.person',
      't.carried.total',
      't.granted.research',
      't.secret.total',
    ].map((path) => [path, [{ severity: 'warning', message: `${path} 有问题` }]]),
  );
  const focused = () => (document.activeElement as HTMLElement | null)?.dataset.path;

  it('moves with the arrow keys, Home and End, and keeps the last one in the tab order', () => {
    const { container } = renderTable({ notes: many });
    const start = cellAt(container, 't.received.business');
    start.focus();
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

    press('ArrowRight');
    expect(focused()).toBe('t.received.total');
    press('ArrowRight');
    expect(focused()).toBe('t.carried.person');
    press('ArrowLeft');
    expect(focused()).toBe('t.received.total');
    press('ArrowDown');
    expect(focused()).toBe('t.carried.total');
    press('ArrowDown');
    expect(focused()).toBe('t.secret.total');
    press('ArrowDown');
    expect(focused()).toBe('t.secret.total');
    press('ArrowUp');
    expect(focused()).toBe('t.carried.total');
    press('Home');
    expect(focused()).toBe('t.received.business');
    press('End');
    expect(focused()).toBe('t.secret.total');
    press('ArrowRight');
    expect(focused()).toBe('t.secret.total');

    // Tab comes back to where the reader left off.
    expect([...container.querySelectorAll('td[tabindex="0"]')]).toEqual([
      cellAt(container, 't.secret.total'),
    ]);
  });

  it('says how to move on under a focused cell’s notes, not under a hovered one', () => {
    const { container } = renderTable({ notes: many });
    const cell = cellAt(container, 't.carried.person');
    fireEvent.mouseEnter(cell);
    expect(cell.querySelector('.dt-tooltip-keys')).toBeNull();
    fireEvent.mouseLeave(cell);
    fireEvent.focus(cell);
    expect(cell.querySelector('.dt-tooltip-keys')?.textContent).toBe(zhTableMessages.noteKeys);
  });

  it('skips noted cells that are not on show', () => {
    const { container } = renderTable({
      notes: many,
      initial: { hiddenColumns: ['total'] },
    });
    cellAt(container, 't.received.business').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(focused()).toBe('t.carried.person');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    // No noted cell below in 自然人: focus stays.
    expect(focused()).toBe('t.carried.person');
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
