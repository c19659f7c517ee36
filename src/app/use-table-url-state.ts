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
  const key = columnIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- columnIds is compared by content
  const state = useMemo(
    () => parseTableViewState(params, prefix, columnIds),
    [params, prefix, key],
  );
  const setState = useCallback(
    (next: TableViewState) =>
      setParams((current) => writeTableViewState(current, prefix, next), { replace: true }),
    [prefix, setParams],
  );
  return [state, setState];
}
