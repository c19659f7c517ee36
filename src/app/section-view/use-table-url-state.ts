import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  parseTableViewState,
  writeTableViewState,
} from '../../components/tables/table-view-state.ts';
import type { TableViewState } from '../../components/tables/table-types.ts';
import { urlKeyOf, type TableId } from './table-ids.ts';

/** A table's sort, filters and columns, kept in the URL under its own name so links restore them. */
export function useTableUrlState(
  table: TableId,
  columnIds: readonly string[],
): [TableViewState, (next: TableViewState) => void] {
  const [params, setParams] = useSearchParams();
  const prefix = urlKeyOf(table);
  // Callers build the column list on each render; compare it by content.
  const key = columnIds.join(',');
  const state = useMemo(
    () => parseTableViewState(params, prefix, key.split(',')),
    [params, prefix, key],
  );
  const setState = useCallback(
    (next: TableViewState) =>
      setParams((current) => writeTableViewState(current, prefix, next), { replace: true }),
    [prefix, setParams],
  );
  return [state, setState];
}
