import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type SortFn,
} from '@tanstack/react-table';
import { parseCellFilter, includesText, type CellPredicate } from './cell-filter.ts';
import { printedText } from './cell-kind.ts';
import { compareCells, compareText } from './compare-cells.ts';
import type { TableColumn, TableRow } from './table-types.ts';
import { LABEL_COLUMN } from './table-view-state.ts';

export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
});
type Features = typeof dataTableFeatures;

const helper = createColumnHelper<Features, TableRow>();
// helper.columns keeps each column's own value type while letting the list mix them.
type MixedColumnDef = ReturnType<typeof helper.columns>[number];

const sortCells: SortFn<Features, TableRow> = (rowA, rowB, columnId) => {
  const desc = rowA.table.atoms.sorting.get().some((s) => s.id === columnId && s.desc);
  const order = compareCells(
    rowA.original.cells[columnId]?.cell,
    rowB.original.cells[columnId]?.cell,
    desc,
  );
  // The sorted row model negates the comparator for a descending sort, but blanks, not
  // applicable and text keep their place in both directions: hand it the order pre-negated.
  return desc ? -order : order;
};

/** How the label column sorts: in the order the rows are given (a report's table in the
 * order of its template, 一、二、三 … not by pinyin), or by the text (names in a list). */
export type LabelOrder = 'given' | 'text';

const labelSorts: Record<LabelOrder, SortFn<Features, TableRow>> = {
  given: (rowA, rowB) => rowA.index - rowB.index,
  text: (rowA, rowB) => compareText(rowA.original.label, rowB.original.label),
};

const filterCells: FilterFn<Features, TableRow> = (row, columnId, predicate: CellPredicate) =>
  predicate(row.original.cells[columnId]?.cell);
// Parsed once per filter change, not once per row.
filterCells.resolveFilterValue = (expression: string) => parseCellFilter(expression);

type Row = Parameters<FilterFn<Features, TableRow>>[0];

/** A row's label or an enclosing group's matches: finding （三）不予公开 shows its reasons. */
function labelMatches(row: Row, text: string): boolean {
  for (let r: Row | undefined = row; r; r = r.getParentRow()) {
    if (includesText(r.original.label, text)) return true;
  }
  return false;
}

const filterLabels: FilterFn<Features, TableRow> = (row, _columnId, text: string) =>
  labelMatches(row, text);

/** The whole-table search: a label (the row's or a group's) or a printed cell has the text. */
export const searchRows: FilterFn<Features, TableRow> = (row, columnId, text: string) =>
  columnId === LABEL_COLUMN
    ? labelMatches(row, text)
    : includesText(printedText(row.original.cells[columnId]?.cell), text);

function dataColumn(column: TableColumn) {
  return helper.accessor((row) => row.cells[column.id], {
    id: column.id,
    header: column.header,
    sortFn: sortCells,
    // A missing cell is a blank: let sortCells place it rather than TanStack's default.
    sortUndefined: false,
    filterFn: filterCells,
  });
}

export interface ColumnRun {
  group: string | undefined;
  columns: TableColumn[];
}

export function groupRuns(columns: readonly TableColumn[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const column of columns) {
    const last = runs.at(-1);
    if (last && column.group !== undefined && last.group === column.group) {
      last.columns.push(column);
    } else {
      runs.push({ group: column.group, columns: [column] });
    }
  }
  return runs;
}

/** The label column, then the data columns; consecutive columns sharing a group go under it. */
export function buildColumnDefs(
  columns: readonly TableColumn[],
  rowHeader: string,
  labelOrder: LabelOrder = 'given',
) {
  const label = helper.accessor('label', {
    id: LABEL_COLUMN,
    header: rowHeader,
    sortFn: labelSorts[labelOrder],
    filterFn: filterLabels,
    enableHiding: false,
  });
  const data = groupRuns(columns).flatMap((run, i): MixedColumnDef[] => {
    const leaves = helper.columns(run.columns.map(dataColumn));
    if (run.group === undefined) return leaves;
    return helper.columns([helper.group({ id: `group:${i}`, header: run.group, columns: leaves })]);
  });
  return helper.columns([label, ...data]);
}
