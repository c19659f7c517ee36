import { useCallback, useMemo } from 'react';
import {
  parseTableViewState,
  rebaseTableViewState,
  writeTableViewState,
} from '../../components/tables/table-view-state.ts';
import type { TableViewState } from '../../components/tables/table-types.ts';
import { useCurrentSearch } from '../current-search.ts';
import { urlKeyOf, type TableId } from './table-ids.ts';

/** A table's sort, filters and columns, kept in the URL under its own name so links restore them. */
export function useTableUrlState(
  table: TableId,
  columnIds: readonly string[],
): [TableViewState, (next: TableViewState) => void] {
  const [params, setParams] = useCurrentSearch();
  const prefix = urlKeyOf(table);
  // Callers build the column list on each render; compare it by content.
  const key = columnIds.join(',');
  const state = useMemo(
    () => parseTableViewState(params, prefix, key.split(',')),
    [params, prefix, key],
  );
  // A change is applied to the address as it is when it is applied, not as it was rendered.
  const setState = useCallback(
    (next: TableViewState) =>
      setParams((current) => {
        const now = parseTableViewState(current, prefix, key.split(','));
        return writeTableViewState(current, prefix, rebaseTableViewState(state, next, now));
      }),
    [prefix, key, state, setParams],
  );
  return [state, setState];
}
