import type { TableViewState } from '../../components/tables/table-types.ts';
import type { Query } from '../../dataset/dataset-table.ts';

/** A table's view state as the worker's query. */
export function viewQuery(
  ids: readonly string[] | null,
  state: TableViewState,
  columns: readonly string[],
): Query {
  const visible = columns.filter((c) => !state.hiddenColumns.includes(c));
  // A filter on a hidden column waits until the column is shown again, as in every table.
  const filters = Object.fromEntries(
    Object.entries(state.filters).filter(([id]) => id === 'label' || visible.includes(id)),
  );
  return {
    ids,
    sort: state.sort,
    filters,
    search: state.search,
    columns: visible,
    hideEmpty: state.hideEmpty,
  };
}
