import { useLayoutEffect, useMemo, useRef } from 'react';
import { groupRowIds } from './row-tree.ts';
import type { TableRow, TableViewState } from './table-types.ts';

/** A sort button's next sort: ascending, then descending, then none; another column ascending. */
export function nextSort(sort: TableViewState['sort'], column: string): TableViewState['sort'] {
  if (sort?.column !== column) return { column, desc: false };
  return sort.desc ? null : { column, desc: true };
}

/** The state with a group row folded if it was open, opened if it was folded. */
export function toggledRow(
  state: TableViewState,
  rows: readonly TableRow[],
  id: string,
): TableViewState {
  const folded = state.collapsed.includes(id);
  const collapsed = groupRowIds(rows).filter((g) =>
    g === id ? !folded : state.collapsed.includes(g),
  );
  return { ...state, collapsed };
}

export interface ShownStateActions {
  sortBy: (column: string) => void;
  toggleRow: (id: string) => void;
}

/**
 * The sort buttons' and the group rows' actions, on the table as it is on screen. TanStack's
 * own handlers call the options of its latest render, which it takes while rendering: a render
 * React has not committed (the router's transition to a new address, still under way) then
 * had a click build on a state the reader did not see yet, through that render's callback. In
 * the comparison of a dataset a second sort, and a filter typed after it, were lost that way.
 * Stable: the memoised rows keep their elements.
 */
export function useShownStateActions(
  state: TableViewState,
  onStateChange: (next: TableViewState) => void,
  rows: readonly TableRow[],
): ShownStateActions {
  const shown = useRef({ state, onStateChange, rows });
  useLayoutEffect(() => {
    shown.current = { state, onStateChange, rows };
  });
  return useMemo(
    () => ({
      sortBy: (column) => {
        const { state, onStateChange } = shown.current;
        onStateChange({ ...state, sort: nextSort(state.sort, column) });
      },
      toggleRow: (id) => {
        const { state, onStateChange, rows } = shown.current;
        onStateChange(toggledRow(state, rows, id));
      },
    }),
    [],
  );
}
