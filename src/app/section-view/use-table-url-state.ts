import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  parseTableViewState,
  rebaseTableViewState,
  writeTableViewState,
} from '../../components/tables/table-view-state.ts';
import type { TableViewState } from '../../components/tables/table-types.ts';
import { useLocation } from 'react-router-dom';
import { addressOf, addressShows, useCurrentSearch, wroteItself } from '../current-search.ts';
import { urlKeyOf, type TableId } from './table-ids.ts';

/**
 * A change of the table's state, shown at once and written to the address after a pause. It
 * shows while the router draws the address it was made on (`baseKey`), or one of `under`.
 */
interface Pending {
  /** The table's part of the address the change was made on (or, once written, that address). */
  readonly base: TableViewState;
  readonly baseKey: string;
  /**
   * The parts the router may still draw after a change was written, until it draws the address
   * written (its render is a transition, a moment later, and on a slow machine it can be more
   * than one write behind): the change shows under them too.
   */
  readonly under: readonly string[];
  readonly next: TableViewState;
  /** The whole address drawn when the change was first made (see `addressOf`). */
  readonly on: string;
  /** Not in the address yet. */
  readonly unwritten: boolean;
}

/** Whether the change shows while the router draws the table's part `drawnKey`. */
function showsOver(p: Pending | null, drawnKey: string): p is Pending {
  return p !== null && (p.baseKey === drawnKey || p.under.includes(drawnKey));
}

/**
 * A table's sort, filters and columns, kept in the URL under its own name so links restore them.
 * With `deferMs`, a change is shown at once and written to the address only once the reader
 * has paused that long: writing it draws the whole route anew, which on a large virtualised
 * table (the dataset's) was a good part of each sort's time. The address changing on its own
 * (back, one typed) drops a change not yet written; a link followed within the pause first
 * writes it (back then comes to it); the page drawn anew writes it at once.
 */
export function useTableUrlState(
  table: TableId,
  columnIds: readonly string[],
  deferMs = 0,
): [TableViewState, (next: TableViewState) => void] {
  const [params, setParams] = useCurrentSearch();
  const prefix = urlKeyOf(table);
  // Callers build the column list on each render; compare it by content.
  const key = columnIds.join(',');
  const inUrl = useMemo(
    () => parseTableViewState(params, prefix, key.split(',')),
    [params, prefix, key],
  );
  const inUrlKey = JSON.stringify(inUrl);
  // The change as this render shows it, and the latest one, which the handlers build on: a
  // handler can belong to a render from before the latest change (one written in a timer, then
  // a click before React drew it), and built on its own, it was dropped as made on an address
  // since changed (a second sort, and a filter typed after it, were lost so).
  const [pending, setPending] = useState<Pending | null>(null);
  const latest = useRef<Pending | null>(null);
  const put = useCallback((next: Pending | null) => {
    latest.current = next;
    setPending(next);
  }, []);
  const state = showsOver(pending, inUrlKey) ? pending.next : inUrl;

  // The address drawn changing on its own (a link, back, one typed), to neither the one the
  // change was made on nor one the app wrote: the change is dropped, the table shows what the
  // address says. The table's part alone cannot tell: a link to the address the change was
  // made on has the same part (a filter typed, written, then a link to the page without it,
  // before the router had drawn the filter's address, kept showing the filter).
  const { pathname, search } = useLocation();
  const address = addressOf(pathname, search);
  const drawnAddress = useRef(address);
  useLayoutEffect(() => {
    drawnAddress.current = address;
    const p = latest.current;
    if (p && p.on !== address && !wroteItself(address)) put(null);
  }, [address, put]);

  // The table's part of the address as last drawn (where the router's address is only that).
  const drawn = useRef(inUrlKey);
  useLayoutEffect(() => {
    drawn.current = inUrlKey;
    // Once the router draws the address written, the ones before it no longer show the change
    // (back to one shows what it says).
    const p = latest.current;
    if (p && p.under.length > 0 && p.baseKey === inUrlKey) put({ ...p, under: [] });
  }, [inUrlKey, put]);

  // A change is applied to the address as it is when it is applied, not as it was rendered;
  // a deferred one (`expect`: the table's part of the address it was made on) only if that
  // part has not changed meanwhile (back, a link).
  const write = useCallback(
    (base: TableViewState, next: TableViewState, expect?: string) => {
      let written: TableViewState | null = null;
      setParams((current) => {
        const now = parseTableViewState(current, prefix, key.split(','));
        if (expect !== undefined && JSON.stringify(now) !== expect) return current;
        const out = writeTableViewState(current, prefix, rebaseTableViewState(base, next, now));
        written = parseTableViewState(out, prefix, key.split(','));
        return out;
      });
      return written;
    },
    [prefix, key, setParams],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Drawn anew from scratch (a gate above it loading again) within the pause, the page would
  // lose the change: it is written at once, if the address still shows this page.
  const flush = useRef<(() => void) | null>(null);

  // A link followed within the pause (a report's, from the row just sorted): the change is
  // written now, into the entry on show, before the link's navigation makes a new one (the
  // router writes the address at once, and draws it later). A click on any link, in the
  // capture phase: it comes before the link's own handlers and the browser's. A link that
  // does not leave (one opening a tab, a report that cannot be read) only writes it sooner.
  useEffect(() => {
    if (deferMs <= 0) return;
    const onClick = (event: MouseEvent) => {
      if (!latest.current?.unwritten) return;
      if (!(event.target instanceof Element) || !event.target.closest('a[href]')) return;
      clearTimeout(timer.current);
      flush.current?.();
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [deferMs]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (addressShows(pathname)) flush.current?.();
    },
    [pathname],
  );
  const setState = useCallback(
    (next: TableViewState) => {
      if (deferMs <= 0) {
        write(inUrl, next);
        return;
      }
      // `next` is a change of what this render showed, carried onto the latest change if that
      // still shows; else made on the address as this render drew it.
      const p = latest.current;
      const change: Pending = showsOver(p, drawn.current)
        ? { ...p, next: rebaseTableViewState(state, next, p.next), unwritten: true }
        : {
            base: inUrl,
            baseKey: inUrlKey,
            under: [],
            next,
            on: drawnAddress.current,
            unwritten: true,
          };
      put(change);
      clearTimeout(timer.current);
      flush.current = () => {
        flush.current = null;
        const p = latest.current;
        if (!p?.unwritten) return;
        // The address changed on its own (back, a link): the change is dropped. A link's
        // address may not be drawn yet: written now, the change would replace it.
        // (Where the address is not the router's, a memory router's in tests, it has no page.)
        const left = window.location.hash.startsWith('#/') && !addressShows(pathname);
        if (!showsOver(p, drawn.current) || left) return put(null);
        const written: TableViewState | null = write(p.base, p.next, p.baseKey);
        if (!written) return put(null);
        // Kept, keyed by what was written and shown under what may still be drawn: the address
        // is drawn a moment later (the router's transition), and the table must not show the
        // old state in between, nor build a change made then on it.
        const writtenKey = JSON.stringify(written);
        const under = [...new Set([...p.under, p.baseKey, drawn.current])];
        put({
          base: written,
          baseKey: writtenKey,
          under: under.filter((k) => k !== writtenKey),
          next: written,
          on: p.on,
          unwritten: false,
        });
      };
      timer.current = setTimeout(() => flush.current?.(), deferMs);
    },
    [deferMs, write, inUrl, inUrlKey, state, put, pathname],
  );
  return [state, setState];
}
