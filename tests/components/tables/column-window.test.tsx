// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../src/components/tables/data-table.tsx';
import type {
  CellNote,
  TableColumn,
  TableRow,
} from '../../../src/components/tables/table-types.ts';
import {
  columnRange,
  columnsThatFit,
  drawnColumns,
  type ColumnEdge,
} from '../../../src/components/tables/use-column-window.ts';
import {
  defaultTableViewState,
  LABEL_COLUMN,
} from '../../../src/components/tables/table-view-state.ts';
import type { VirtualRows } from '../../../src/components/tables/use-virtual-window.ts';
import { zhTableMessages } from '../../../src/i18n/table-messages.ts';
import { row } from './table-rows.ts';

// A virtualised table draws only the columns in view sideways (and a few beside them) in its
// body; the head stays whole. jsdom lays nothing out: the columns are given their places.

const LABEL_WIDTH = 200;
const COLUMN_WIDTH = 100;
const BOX = 500;
const COUNT = 30;

const columns: TableColumn[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `c${i}`,
  header: `列${i}`,
}));
const rows: TableRow[] = Array.from({ length: 4 }, (_, r) =>
  row(`r${r}`, `报告${r}`, Object.fromEntries(columns.map((c, i) => [c.id, r * 100 + i]))),
);
/** The column of a visible column's index (0: the labels). */
const left = (i: number) => (i === 0 ? 0 : LABEL_WIDTH + (i - 1) * COLUMN_WIDTH);
const width = (i: number) => (i === 0 ? LABEL_WIDTH : COLUMN_WIDTH);

const frames: FrameRequestCallback[] = [];
const nextFrame = () => act(() => frames.splice(0).forEach((f) => f(performance.now())));

/** The filter row's cells are where the columns are; the box is BOX wide, scrolled `scroll`. */
function fakeLayout(scroll: { left: number }) {
  const rect = (x: number, w: number) =>
    ({
      left: x,
      right: x + w,
      top: 0,
      bottom: 30,
      width: w,
      height: 30,
      x,
      y: 0,
      toJSON: () => ({}),
    }) as DOMRect;
  const spies = [
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      if (this.classList.contains('dt-scroll')) return rect(0, BOX);
      const row = this.parentElement;
      if (row?.classList.contains('dt-filter-row')) {
        const i = [...row.children].indexOf(this);
        // The labels' cell is sticky: at the box's left edge, however far it is scrolled.
        return i === 0 ? rect(0, LABEL_WIDTH) : rect(left(i) - scroll.left, width(i));
      }
      return rect(0, 0);
    }),
    vi.spyOn(Element.prototype, 'scrollLeft', 'get').mockImplementation(() => scroll.left),
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(() => BOX),
  ];
  return () => spies.forEach((s) => s.mockRestore());
}

function Table({
  notes,
  shown = rows,
  offset = 0,
}: {
  notes?: ReadonlyMap<string, readonly CellNote[]>;
  shown?: TableRow[];
  offset?: number;
}) {
  const virtual: VirtualRows = { matched: 400, total: 400, offset, onRange: () => undefined };
  return (
    <DataTable
      caption="比较的报告"
      rowHeader="报告"
      columns={columns}
      rows={shown}
      messages={zhTableMessages}
      state={defaultTableViewState}
      onStateChange={() => undefined}
      virtual={virtual}
      notes={notes}
    />
  );
}

/** The first body row's cells: a column's value, or `gap n`. */
const firstRow = () =>
  [...(document.querySelector('tbody tr.dt-row')?.querySelectorAll('td') ?? [])].map((td) =>
    td.classList.contains('dt-gap') ? `gap ${td.colSpan}` : (td.textContent ?? ''),
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  frames.length = 0;
});

describe('the columns a wide table draws', () => {
  const edges: ColumnEdge[] = Array.from({ length: COUNT + 1 }, (_, i) => ({
    left: left(i),
    right: left(i) + width(i),
  }));
  // The labels stay in view: scrolled, the box's left edge is where they are.
  const stuck = (scrollLeft: number): ColumnEdge[] => [
    { left: scrollLeft, right: scrollLeft + LABEL_WIDTH, sticky: true },
    ...edges.slice(1),
  ];

  it('are those that meet the box, with the overscan either side', () => {
    expect(columnRange(stuck(0), 0, BOX, 0)).toEqual({ first: 1, last: 4 });
    // Scrolled to 1,000 px, the labels cover 1,000–1,200 px: columns 11 (1,200–1,300 px) to 13.
    expect(columnRange(stuck(1000), 1000, BOX, 0)).toEqual({ first: 11, last: 14 });
    // 1,050 to 1,650 px: from column 9 (1,000–1,100 px) to column 15 (1,600–1,700 px).
    expect(columnRange(stuck(1000), 1000, BOX, 150)).toEqual({ first: 9, last: 16 });
    expect(columnRange(stuck(1e6), 1e6, BOX, 0)).toEqual({ first: 0, last: 0 });
  });

  it('are at first as many as the window could show', () => {
    // 1366 px: the labels take 12rem (192 px), the columns at least 5rem (80 px) each: 15
    // columns' worth, a cut one at each edge, and the labels.
    expect(columnsThatFit(1366, 16)).toBe(1 + 15 + 1);
    // 375 px: the labels take 40% (150 px); 225 px of columns.
    expect(columnsThatFit(375, 16)).toBe(1 + 3 + 1);
    // A larger text makes the columns wider: fewer fit (1,078 px of columns of 120 px).
    expect(columnsThatFit(1366, 24)).toBe(1 + 9 + 1);
  });

  it('leave the others out as gaps that span them, the pinned ones drawn', () => {
    const ids = [LABEL_COLUMN, 'a', 'b', 'c', 'd', 'e', 'f'];
    expect(drawnColumns(ids, null, new Set())).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(drawnColumns(ids, { first: 2, last: 4 }, new Set())).toEqual([
      { gap: 1 },
      'b',
      'c',
      { gap: 3 },
    ]);
    expect(drawnColumns(ids, { first: 2, last: 4 }, new Set(['f']))).toEqual([
      { gap: 1 },
      'b',
      'c',
      { gap: 2 },
      'f',
    ]);
  });
});

describe('a virtualised table scrolled sideways', () => {
  it('draws the body cells of the columns in view, and every header and filter', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const scroll = { left: 0 };
    const restore = fakeLayout(scroll);
    try {
      render(<Table />);
      await nextFrame();
      // 500 px and 240 px beyond: the labels and columns c0 to c5 (200 + 6 × 100 > 740).
      expect(firstRow()).toEqual(['0', '1', '2', '3', '4', '5', `gap ${COUNT - 6}`]);
      expect(document.querySelectorAll('thead .dt-filter')).toHaveLength(COUNT + 1);
      expect(document.querySelectorAll('thead .dt-sort')).toHaveLength(COUNT + 1);

      scroll.left = 1500;
      act(() => {
        document.querySelector('.dt-scroll')?.dispatchEvent(new Event('scroll'));
      });
      // The labels cover 1,500–1,700 px; 240 px beyond the rest, 1,460 to 2,240 px: from c12
      // (1,400–1,500 px) to c20 (2,200–2,300 px).
      expect(firstRow()).toEqual([
        'gap 12',
        ...Array.from({ length: 9 }, (_, i) => String(12 + i)),
        `gap ${COUNT - 21}`,
      ]);
      // Every row is drawn so: a cell stays under its column's header.
      for (const tr of document.querySelectorAll('tbody tr.dt-row')) {
        const spanned = [...tr.children].reduce(
          (n, c) => n + ((c as HTMLTableCellElement).colSpan || 1),
          0,
        );
        expect(spanned).toBe(COUNT + 1);
      }
    } finally {
      restore();
    }
  });

  it('draws a noted cell the arrow keys move to out of view, and focuses it', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const scroll = { left: 0 };
    const restore = fakeLayout(scroll);
    const note: CellNote[] = [{ severity: 'error', message: '合计不符' }];
    const notes = new Map([
      ['t.r0.c1', note],
      ['t.r0.c25', note],
    ]);
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    try {
      render(<Table notes={notes} />);
      await nextFrame();
      expect(document.querySelector('td[data-path="t.r0.c25"]')).toBeNull();
      const first = document.querySelector<HTMLElement>('td[data-path="t.r0.c1"]');
      expect(first?.tabIndex).toBe(0);
      first?.focus();
      fireEvent.keyDown(first as HTMLElement, { key: 'ArrowRight' });
      const far = document.querySelector<HTMLElement>('td[data-path="t.r0.c25"]');
      // Focused without the browser's own scroll, which centres the cell: the cell scrolls
      // itself into view the least way (a centring scroll moved its row out of the rows drawn).
      expect(focus).toHaveBeenLastCalledWith({ preventScroll: true });
      expect(far?.querySelector('.dt-number')?.textContent).toBe('25');
      expect(document.activeElement).toBe(far);
      // Back: the far column, out of view, is no longer drawn once the focus has left it.
      fireEvent.keyDown(far as HTMLElement, { key: 'ArrowLeft' });
      expect(document.activeElement).toBe(document.querySelector('td[data-path="t.r0.c1"]'));
      expect(document.querySelector('td[data-path="t.r0.c25"]')).toBeNull();
    } finally {
      focus.mockRestore();
      restore();
    }
  });

  it('keeps the focused cell as the window of rows moves and shrinks', () => {
    // Rows 0 to 19 of those matched, then 5 to 19: the row drawn in both keeps its element.
    const many = Array.from({ length: 20 }, (_, r) =>
      row(`r${r}`, `报告${r}`, Object.fromEntries(columns.map((c, i) => [c.id, r * 100 + i]))),
    );
    const note: CellNote[] = [{ severity: 'error', message: '合计不符' }];
    const notes = new Map(many.map((r) => [`t.${r.id}.c1`, note]));
    const { rerender } = render(<Table notes={notes} shown={many} />);
    const cell = document.querySelector<HTMLElement>('td[data-path="t.r17.c1"]');
    cell?.focus();
    expect(document.activeElement).toBe(cell);
    rerender(<Table notes={notes} shown={many.slice(5)} offset={5} />);
    expect(document.activeElement).toBe(cell);
    expect(cell?.isConnected).toBe(true);
    expect(cell?.dataset.path).toBe('t.r17.c1');
  });
});

describe('the focus in a virtualised table whose rows move under it', () => {
  const many = Array.from({ length: 20 }, (_, r) =>
    row(`r${r}`, `报告${r}`, Object.fromEntries(columns.map((c, i) => [c.id, r * 100 + i]))),
  );
  const note: CellNote[] = [{ severity: 'error', message: '合计不符' }];
  const notes = new Map(many.map((r) => [`t.${r.id}.c1`, note]));

  it('goes back to a focused cell taken out with its row as soon as the row is drawn again', () => {
    const { rerender } = render(<Table notes={notes} shown={many} />);
    document.querySelector<HTMLElement>('td[data-path="t.r17.c1"]')?.focus();
    // An answer for the rows asked before the focus moved: row 17 is not among them.
    rerender(<Table notes={notes} shown={many.slice(0, 10)} />);
    expect(document.querySelector('td[data-path="t.r17.c1"]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    // The rows around the focus come.
    rerender(<Table notes={notes} shown={many.slice(8)} offset={8} />);
    expect((document.activeElement as HTMLElement).dataset.path).toBe('t.r17.c1');
  });

  it('stays where the reader put it meanwhile', () => {
    const { rerender } = render(
      <>
        <button type="button">别处</button>
        <Table notes={notes} shown={many} />
      </>,
    );
    document.querySelector<HTMLElement>('td[data-path="t.r17.c1"]')?.focus();
    rerender(
      <>
        <button type="button">别处</button>
        <Table notes={notes} shown={many.slice(0, 10)} />
      </>,
    );
    const elsewhere = document.querySelector('button') as HTMLElement;
    elsewhere.focus();
    rerender(
      <>
        <button type="button">别处</button>
        <Table notes={notes} shown={many.slice(8)} offset={8} />
      </>,
    );
    expect(document.activeElement).toBe(elsewhere);
  });
});
