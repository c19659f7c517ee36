import { useLayoutEffect, useRef, type RefObject } from 'react';

// A virtualised table scrolls in a box of its own (the dataset's 10,000 rows), which the
// page's own scroll restoration does not know of: a reader who scrolled down to a row, opened
// its report and came back found the table at its top, their place lost.

/** Where each history entry's table was scrolled to, by the entry's key and table. */
const positions = new Map<string, { readonly top: number; readonly left: number }>();
/** Entries kept, the latest: each sort or filter written makes one. */
const KEPT = 200;

/**
 * Keeps the box's scroll for the history entry `place` (the router's location key): scrolled
 * back to where it was when that entry is shown again, once the table has rows (before, the
 * box is too short to be scrolled there). An entry's first showing keeps what it is shown at:
 * a sort or filter writes a new entry in place of the old (its key changes), the scroll stays.
 */
export function useKeptScroll(
  scroller: RefObject<HTMLElement | null>,
  place: string | undefined,
  hasRows: boolean,
): void {
  const restoredFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !place || !hasRows) return;
    const key = `${element.id || element.closest('[id]')?.id || ''}\n${place}`;
    const at = positions.get(key);
    // (jsdom has no scrollTo.)
    if (at && restoredFor.current !== place) element.scrollTo?.(at.left, at.top);
    restoredFor.current = place;
    const remember = () => {
      positions.delete(key);
      positions.set(key, { top: element.scrollTop, left: element.scrollLeft });
      if (positions.size > KEPT) positions.delete(positions.keys().next().value ?? '');
    };
    remember();
    element.addEventListener('scroll', remember, { passive: true });
    return () => element.removeEventListener('scroll', remember);
  }, [scroller, place, hasRows]);
}
