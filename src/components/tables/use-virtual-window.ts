import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The rows of a virtualised table: sorted, filtered and counted elsewhere (a worker). */
export interface VirtualRows {
  /** Rows that match the view (the scroll height is theirs). */
  readonly matched: number;
  /** Rows there are in all, for "n of m rows". */
  readonly total: number;
  /** The first of `rows`' place among the matched rows. */
  readonly offset: number;
  /**
   * Asks for the rows from `start` to `end` (exclusive), as the reader scrolls; `fits` is how
   * many the box draws when there are enough (a later query's answer brings that many).
   */
  readonly onRange: (start: number, end: number, fits: number) => void;
  /** No answer yet (a dataset being read): the table says so, not that no rows match. */
  readonly loading?: boolean;
  /**
   * The history entry on show (the router's location key): the table's scroll is kept for it,
   * and restored when the reader comes back to it (see use-kept-scroll.ts).
   */
  readonly place?: string;
}

/**
 * Rows drawn beyond those in view, each way. Every drawn row is drawn anew by a sort or filter
 * (about 1 ms a row of 31 columns here, its layout and paint included), so few: the worker
 * sends the next rows within a frame or two of a scroll.
 */
const OVERSCAN = 3;
/** Before a row has been drawn and measured. */
const DEFAULT_ROW_HEIGHT = 37;

/**
 * Which rows a scrolled table needs, from the scroll position and the rows' height; the table
 * keeps only those in the document, between two spacers as tall as the rows left out. Returns
 * the rows' height.
 *
 * Rows have one height (data-table.css), so it is measured once, from the first row drawn, and
 * again only when the window is resized: reading the layout after every new window of rows
 * made the browser lay the whole table out twice a sort.
 */
export function useVirtualWindow(
  scroller: RefObject<HTMLElement | null>,
  virtual: VirtualRows | undefined,
  drawn: number,
): number {
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const measured = useRef({ row: 0, head: 0 });
  const asked = useRef('');
  const matched = virtual?.matched ?? 0;
  // Stable from the caller: a new one sets the scroll handler up anew.
  const onRange = virtual?.onRange;
  const hasRows = drawn > 0;
  // Where the rows drawn start, for the place of a focused one (read by the scroll handler).
  const offset = useRef(0);
  const drawnFrom = virtual?.offset ?? 0;
  useLayoutEffect(() => {
    offset.current = drawnFrom;
  }, [drawnFrom]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !onRange) return;
    const size = () => {
      const row = element.querySelector<HTMLElement>('tbody tr.dt-row');
      if (!row || row.offsetHeight === 0) return;
      measured.current = {
        row: row.offsetHeight,
        head: element.querySelector('thead')?.getBoundingClientRect().height ?? 0,
      };
      setRowHeight(measured.current.row);
    };
    let frame = 0;
    let waited = false;
    const update = () => {
      // Nothing to ask before the view's first answer (that answer brings its own rows), and
      // no layout read for it either: reading one forces the page's layout inside the task.
      if (matched === 0) return;
      // The first rows are measured in the next frame, whose layout the browser does anyway,
      // not in the task that drew them (which made that task half as long again).
      if (measured.current.row === 0 && !waited) {
        waited = true;
        frame = requestAnimationFrame(() => {
          size();
          update();
        });
        return;
      }
      const each = measured.current.row || DEFAULT_ROW_HEIGHT;
      // The header is sticky: once scrolled, it covers the rows scrolled past, and the first
      // row in view is the one `scrollTop` down the body. A few rows either side of those in
      // view (none above the first row: at the top, the window is a screenful and a few,
      // every row of it drawn anew by each sort).
      const firstInView = Math.floor(element.scrollTop / each);
      let first = Math.max(0, firstInView - OVERSCAN);
      const visible =
        Math.ceil(Math.max(each, (element.clientHeight || 600) - measured.current.head) / each) + 1;
      const fits = firstInView + visible + OVERSCAN - first;
      let last = Math.min(matched, first + fits);
      // The focused row stays among those asked for while it is near (the keys move to a row
      // drawn under the sticky head, which is scrolled clear of it a frame later): were it
      // left out, the next answer would take it, and the focus, out of the document.
      const at = focusedRow(element, offset.current);
      if (at !== null && at >= first - fits && at < last + fits) {
        first = Math.min(first, at);
        last = Math.max(last, Math.min(matched, at + 1));
      }
      const key = `${first}:${last}:${fits}`;
      if (key !== asked.current) {
        asked.current = key;
        onRange(first, last, fits);
      }
    };
    const resize = () => {
      size();
      update();
    };
    // A cell focused by the keys scrolls itself into view at once, but the scroll event comes
    // only with the next frame: an answer for the rows asked before, arriving in between,
    // took the focused row out of the document and the focus was lost (a CI run of 3
    // December). The rows are asked for as soon as the focus has moved (and scrolled).
    const focused = () => queueMicrotask(update);
    update();
    element.addEventListener('scroll', update, { passive: true });
    element.addEventListener('focusin', focused);
    window.addEventListener('resize', resize);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', update);
      element.removeEventListener('focusin', focused);
      window.removeEventListener('resize', resize);
    };
  }, [scroller, onRange, matched, hasRows]);
  return rowHeight;
}

/** The place, among the rows matched, of the body row holding the focus; null if none does. */
function focusedRow(element: HTMLElement, offset: number): number | null {
  const active = document.activeElement;
  const row = active && element.contains(active) ? active.closest('tbody tr.dt-row') : null;
  if (!row) return null;
  const index = [...element.querySelectorAll('tbody tr.dt-row')].indexOf(row);
  return index < 0 ? null : offset + index;
}
