// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../src/components/tables/data-table.tsx';
import { defaultTableViewState } from '../../../src/components/tables/table-view-state.ts';
import {
  useVirtualWindow,
  type VirtualRows,
} from '../../../src/components/tables/use-virtual-window.ts';
import { zhTableMessages } from '../../../src/i18n/table-messages.ts';
import { renderTable } from './render-table.tsx';
import { columns } from './table-rows.ts';

// The virtual window reads the layout (row height, scroll position, box height) only once the
// view has rows, and measures the first rows in the frame after they are drawn, not in the task
// that drew them (reading it there forced the page's whole layout inside that task).

const ROW = 30;
const BOX = 600;

function Table({
  virtual,
  rows,
  focusable = false,
}: {
  virtual: VirtualRows;
  rows: number;
  focusable?: boolean;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  useVirtualWindow(scroller, virtual, rows);
  return (
    <div ref={scroller} data-testid="scroller">
      <table>
        <thead>
          <tr>
            <th>报告</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i} className="dt-row">
              <td tabIndex={focusable ? -1 : undefined}>{i}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** jsdom lays nothing out: rows are ROW high, the box BOX, and each layout read is counted. */
function fakeLayout() {
  const reads = { count: 0 };
  const spies = [
    vi
      .spyOn(HTMLElement.prototype, 'offsetHeight', 'get')
      .mockImplementation(() => (reads.count++, ROW)),
    vi
      .spyOn(HTMLElement.prototype, 'clientHeight', 'get')
      .mockImplementation(() => (reads.count++, BOX)),
    vi.spyOn(Element.prototype, 'scrollTop', 'get').mockImplementation(() => (reads.count++, 0)),
  ];
  return { reads, restore: () => spies.forEach((s) => s.mockRestore()) };
}

const frames: FrameRequestCallback[] = [];
const nextFrame = () => act(() => frames.splice(0).forEach((f) => f(performance.now())));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  frames.length = 0;
});

describe('the virtual window of a table whose rows come from a worker', () => {
  it('reads no layout before the first answer, and measures the first rows a frame later', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const layout = fakeLayout();
    try {
      const onRange = vi.fn();
      const view = (matched: number): VirtualRows => ({
        matched,
        total: 10_000,
        offset: 0,
        onRange,
      });
      const { rerender } = render(<Table virtual={view(0)} rows={0} />);
      expect(layout.reads.count).toBe(0);
      expect(frames).toHaveLength(0);

      // The first answer: 10,000 rows matched, the first 20 drawn.
      rerender(<Table virtual={view(10_000)} rows={20} />);
      expect(layout.reads.count).toBe(0);
      expect(onRange).not.toHaveBeenCalled();
      await nextFrame();
      expect(layout.reads.count).toBeGreaterThan(0);
      // A box of 600 px minus its header (jsdom: 0) holds 20 rows of 30 px, one more partly,
      // and 3 more are drawn below.
      const fits = Math.ceil(BOX / ROW) + 1 + 3;
      expect(onRange).toHaveBeenLastCalledWith(0, fits, fits);
    } finally {
      layout.restore();
    }
  });

  it('asks for the rows in view as the reader scrolls, without measuring again', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const layout = fakeLayout();
    try {
      const onRange = vi.fn();
      const virtual: VirtualRows = { matched: 10_000, total: 10_000, offset: 0, onRange };
      const { getByTestId } = render(<Table virtual={virtual} rows={20} />);
      await nextFrame();
      expect(layout.reads.count).toBeGreaterThan(0);
      layout.restore();
      const scroller = getByTestId('scroller');
      Object.defineProperty(scroller, 'scrollTop', { value: 3000, configurable: true });
      Object.defineProperty(scroller, 'clientHeight', { value: BOX, configurable: true });
      const rowHeight = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get');
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
      });
      // Row 100 is the first in view: 3 rows above it and 3 below the 21 in view.
      expect(onRange).toHaveBeenLastCalledWith(97, 100 + 21 + 3, 3 + 21 + 3);
      expect(rowHeight).not.toHaveBeenCalled();
      rowHeight.mockRestore();
    } finally {
      layout.restore();
    }
  });

  it('asks for the rows around a cell as soon as it is focused, and keeps its row among them', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const layout = fakeLayout();
    try {
      const onRange = vi.fn();
      // Rows 97 to 123 drawn, the box scrolled to row 100.
      const virtual: VirtualRows = { matched: 10_000, total: 10_000, offset: 97, onRange };
      const { getByTestId } = render(<Table virtual={virtual} rows={27} focusable />);
      await nextFrame();
      layout.restore();
      const scroller = getByTestId('scroller');
      let top = 3000;
      Object.defineProperty(scroller, 'scrollTop', { get: () => top, configurable: true });
      Object.defineProperty(scroller, 'clientHeight', { value: BOX, configurable: true });
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
      });
      expect(onRange).toHaveBeenLastCalledWith(97, 124, 27);
      // The keys move the focus to the first row drawn (97), which scrolls the box (as a
      // focused cell scrolls itself into view) to row 105: its scroll event would come a frame
      // later. The rows are asked for at once, and row 97 is among them while focused.
      const cell = scroller.querySelectorAll<HTMLElement>('tbody td')[0] as HTMLElement;
      await act(async () => {
        top = 105 * ROW;
        cell.focus();
        await Promise.resolve();
      });
      expect(onRange).toHaveBeenLastCalledWith(97, 105 + 21 + 3, 27);
      // Focus gone: the rows in view and beside them only.
      await act(async () => {
        cell.blur();
        scroller.dispatchEvent(new Event('scroll'));
        await Promise.resolve();
      });
      expect(onRange).toHaveBeenLastCalledWith(102, 105 + 21 + 3, 27);
    } finally {
      layout.restore();
    }
  });

  it('says how many rows the box draws even when fewer match (the next query brings that many)', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const layout = fakeLayout();
    try {
      const onRange = vi.fn();
      const virtual: VirtualRows = { matched: 5, total: 10_000, offset: 0, onRange };
      render(<Table virtual={virtual} rows={5} />);
      await nextFrame();
      const fits = Math.ceil(BOX / ROW) + 1 + 3;
      expect(onRange).toHaveBeenLastCalledWith(0, 5, fits);
    } finally {
      layout.restore();
    }
  });
});

describe('a virtualised table before its rows have come', () => {
  it('says the rows are being read, not that none match, and counts them in thousands after', () => {
    const onRange = vi.fn();
    const loading: VirtualRows = { matched: 0, total: 0, offset: 0, onRange, loading: true };
    const { rerender } = renderTable({ rows: [], virtual: loading });
    expect(screen.getByRole('status').textContent).toBe('正在读取各行…');
    expect(document.querySelector('.dt-no-rows')?.textContent).toBe('正在读取各行…');
    const none: VirtualRows = { matched: 0, total: 12_345, offset: 0, onRange };
    rerender(<TableAgain virtual={none} />);
    expect(screen.getByRole('status').textContent).toBe('显示 0 / 12,345 行');
    expect(document.querySelector('.dt-no-rows')?.textContent).toBe('没有符合条件的行');
  });
});

/** The same table drawn again with other virtual rows. */
function TableAgain({ virtual }: { virtual: VirtualRows }) {
  return (
    <DataTable
      caption="申请处理情况"
      rowHeader="项目"
      columns={columns}
      rows={[]}
      messages={zhTableMessages}
      state={defaultTableViewState}
      onStateChange={() => undefined}
      virtual={virtual}
    />
  );
}
