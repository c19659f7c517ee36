import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  parseTableViewState,
  writeTableViewState,
  type TableViewState,
} from '../components/tables/table-types.ts';

/** A table's sort, filters and columns, kept in the URL under `prefix` so links restore them. */
export function useTableUrlState(
  prefix: string,
  columnIds: readonly string[],
): [TableViewState, (next: TableViewState) => void] {
  const [params, setParams] = useSearchParams();
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
