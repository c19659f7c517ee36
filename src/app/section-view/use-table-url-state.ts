import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  parseTableViewState,
  rebaseTableViewState,
  writeTableViewState,
} from '../../components/tables/table-view-state.ts';
import type { TableViewState } from '../../components/tables/table-types.ts';
import { useLocation } from 'react-router-dom';
import { addressShows, useCurrentSearch } from '../current-search.ts';
import { urlKeyOf, type TableId } from './table-ids.ts';

/** A change not yet in the address: shown while the address still reads `base`. */
interface Pending {
  readonly base: TableViewState;
  /** The table's part of the address the change was made on. */
  readonly baseKey: string;
  /**
   * The part the router still draws after a change was written, until it draws the address
   * written (its render is a transition, a moment later): the change shows under it too.
   */
  readonly drawnKey?: string;
  readonly next: TableViewState;
}

/**
 * A table's sort, filters and columns, kept in the URL under its own name so links restore them.
 * With `deferMs`, a change is shown at once and written to the address only once the reader
 * has paused that long: writing it draws the whole route anew, which on a large virtualised
 * table (the dataset's) was a good part of each sort's time. The address changing on its own
 * (back, a link) drops a change not yet written, and so does leaving the page within the pause
 * (the page left is no longer the router's to write); the page drawn anew writes it at once.
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
  const [pending, setPending] = useState<Pending | null>(null);
  const live =
    pending && (pending.baseKey === inUrlKey || pending.drawnKey === inUrlKey) ? pending : null;
  const state = live ? live.next : inUrl;
  // Once the router draws the address written, the one before it no longer shows the change
  // (back to it shows what it says). Set while rendering: React draws again at once.
  if (pending?.drawnKey !== undefined && pending.baseKey === inUrlKey) {
    setPending({ base: pending.base, baseKey: pending.baseKey, next: pending.next });
  }

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
  // The table's part of the address as last drawn (where the router's address is only that).
  const drawn = useRef(inUrlKey);
  useEffect(() => {
    drawn.current = inUrlKey;
  }, [inUrlKey]);
  // Drawn anew from scratch (a gate above it loading again) within the pause, the page would
  // lose the change: it is written at once, if the address still shows this page.
  const { pathname } = useLocation();
  const flush = useRef<(() => void) | null>(null);
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
      // On top of a change still shown: made on the address that one was made on (or wrote).
      const change: Pending = live ? { ...live, next } : { base: inUrl, baseKey: inUrlKey, next };
      setPending(change);
      clearTimeout(timer.current);
      flush.current = () => {
        flush.current = null;
        if (drawn.current !== change.baseKey && drawn.current !== change.drawnKey) return;
        const written: TableViewState | null = write(change.base, change.next, change.baseKey);
        // Kept, keyed by what was written and shown under what is drawn now: the address is
        // drawn a moment later (the router's transition), and the table must not show the old
        // state in between, nor build a change made then on it (which was then dropped: a
        // filter typed just after a sort was written was lost).
        if (written) {
          setPending({
            base: written,
            baseKey: JSON.stringify(written),
            drawnKey: drawn.current,
            next: written,
          });
        }
      };
      timer.current = setTimeout(() => flush.current?.(), deferMs);
    },
    [deferMs, write, inUrl, inUrlKey, live],
  );
  return [state, setState];
}
