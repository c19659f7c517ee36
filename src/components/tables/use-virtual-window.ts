import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The rows of a virtualised table: sorted, filtered and counted elsewhere (a worker). */
export interface VirtualRows {
  /** Rows that match the view (the scroll height is theirs). */
  readonly matched: number;
  /** Rows there are in all, for "n of m rows". */
  readonly total: number;
  /** The first of `rows`' place among the matched rows. */
  readonly offset: number;
  /** Asks for the rows from `start` to `end` (exclusive), as the reader scrolls. */
  readonly onRange: (start: number, end: number) => void;
}

const OVERSCAN = 12;
/** Before a row has been drawn and measured. */
const DEFAULT_ROW_HEIGHT = 37;

/**
 * Which rows a scrolled table needs, from the scroll position and the drawn rows' height; the
 * table keeps only those in the document, between two spacers as tall as the rows left out.
 * Returns the rows' measured height.
 */
export function useVirtualWindow(
  scroller: RefObject<HTMLElement | null>,
  virtual: VirtualRows | undefined,
  drawn: number,
): number {
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const asked = useRef('');
  const matched = virtual?.matched ?? 0;
  const onRange = virtual?.onRange;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !onRange) return;
    const measure = () => {
      const rows = element.querySelectorAll<HTMLElement>('tbody tr.dt-row');
      let height = 0;
      rows.forEach((row) => (height += row.offsetHeight));
      const each = rows.length > 0 && height > 0 ? height / rows.length : rowHeight;
      if (Math.abs(each - rowHeight) > 0.5) setRowHeight(each);
      const head = element.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = Math.max(0, element.scrollTop - head);
      const first = Math.max(0, Math.floor(top / each) - OVERSCAN);
      const visible = Math.ceil((element.clientHeight || 600) / each);
      const last = Math.min(matched, first + visible + 2 * OVERSCAN);
      const key = `${first}:${last}:${matched}`;
      if (key !== asked.current) {
        asked.current = key;
        onRange(first, last);
      }
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [scroller, onRange, matched, drawn, rowHeight]);
  return rowHeight;
}
