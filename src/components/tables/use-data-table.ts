import {
  functionalUpdate,
  useTable,
  type ColumnFiltersState,
  type ColumnVisibilityState,
  type ExpandedState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { dropEmptyRows, groupRowIds } from './row-tree.ts';
import {
  buildColumnDefs,
  dataTableFeatures,
  searchRows,
  type LabelOrder,
} from './table-columns.ts';
import type { TableColumn, TableRow, TableViewState } from './table-types.ts';
import { LABEL_COLUMN } from './table-view-state.ts';

interface UseDataTableOptions {
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  rowHeader: string;
  state: TableViewState;
  onStateChange: (next: TableViewState) => void;
  labelOrder?: LabelOrder;
  /** The rows come sorted and filtered (a virtualised table's window): only draw them. */
  manual?: boolean;
}

/** The TanStack table behind DataTable, every state slice derived from TableViewState. */
export function useDataTable({
  columns,
  rows,
  rowHeader,
  state,
  onStateChange,
  labelOrder = 'given',
  manual = false,
}: UseDataTableOptions) {
  const columnDefs = useMemo(
    () => buildColumnDefs(columns, rowHeader, labelOrder),
    [columns, rowHeader, labelOrder],
  );
  const { sort, filters, search, hideEmpty, hiddenColumns, collapsed } = state;

  const visibleIds = useMemo(
    () => columns.map((c) => c.id).filter((id) => !hiddenColumns.includes(id)),
    [columns, hiddenColumns],
  );
  const data = useMemo(
    () => (hideEmpty && !manual ? dropEmptyRows(rows, visibleIds) : rows),
    [hideEmpty, rows, visibleIds, manual],
  );
  const groupIds = useMemo(() => groupRowIds(rows), [rows]);

  const sorting = useMemo<SortingState>(() => {
    const known =
      sort && (sort.column === LABEL_COLUMN || columns.some((c) => c.id === sort.column));
    return sort && known ? [{ id: sort.column, desc: sort.desc }] : [];
  }, [sort, columns]);
  // Filters on hidden columns wait until the column is shown again: a row should never vanish
  // because of an input the reader cannot see. A new array also refilters on a visibility change.
  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      Object.entries(filters)
        .filter(([id, v]) => v.trim() !== '' && (id === LABEL_COLUMN || visibleIds.includes(id)))
        .map(([id, value]) => ({ id, value })),
    [filters, visibleIds],
  );
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const expanded = useMemo<ExpandedState>(
    () =>
      Object.fromEntries(groupIds.filter((id) => !collapsed.includes(id)).map((id) => [id, true])),
    [groupIds, collapsed],
  );

  const update = (patch: Partial<TableViewState>) => onStateChange({ ...state, ...patch });

  return useTable({
    features: dataTableFeatures,
    columns: columnDefs,
    data,
    getRowId: (row) => row.id,
    getSubRows: (row) => row.children,
    // TanStack only reads the state: DataTable's own inputs and buttons write TableViewState
    // (its sort buttons and group rows through shown-state.ts, not TanStack's handlers).
    state: { sorting, columnFilters, globalFilter: search, columnVisibility, expanded },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      update({ sort: next ? { column: next.id, desc: next.desc } : null });
    },
    onExpandedChange: (updater) => {
      const next = functionalUpdate(updater, expanded);
      update({ collapsed: groupIds.filter((id) => next !== true && !next[id]) });
    },
    globalFilterFn: searchRows,
    getColumnCanGlobalFilter: (column) => !hiddenColumns.includes(column.id),
    filterFromLeafRows: true,
    enableMultiSort: false,
    manualSorting: manual,
    manualFiltering: manual,
    // Every column starts ascending (v9 would start numeric columns descending).
    sortDescFirst: false,
    // Controlled state must change only when the reader acts, not when the data changes.
    autoResetAll: false,
  });
}

export type DataTableInstance = ReturnType<typeof useDataTable>;
