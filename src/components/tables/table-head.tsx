import type { TableViewState } from './table-types.ts';
import { LABEL_COLUMN } from './table-view-state.ts';
import type { DataTableInstance } from './use-data-table.ts';
import { useTypedText } from './use-typed-text.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

type Header = ReturnType<DataTableInstance['getHeaderGroups']>[number]['headers'][number];
type Column = Header['column'];

export function headerText(column: Column): string {
  const { header } = column.columnDef;
  return typeof header === 'string' ? header : column.id;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;
const sortGlyph = { asc: '▲', desc: '▼' } as const;

function SortHeader({
  header,
  rowSpan,
  onSort,
}: {
  header: Header;
  rowSpan: number;
  onSort: (column: string) => void;
}) {
  const { column } = header;
  const sorted = column.getIsSorted();
  const sticky = column.id === LABEL_COLUMN ? ' dt-sticky' : '';
  return (
    <th
      scope="col"
      rowSpan={rowSpan > 1 ? rowSpan : undefined}
      aria-sort={sorted ? ariaSort[sorted] : 'none'}
      className={`dt-header${sticky}`}
      // On paper the header shows this text instead of its button (see the print styles).
      data-label={headerText(column)}
    >
      <button type="button" className="dt-sort" onClick={() => onSort(column.id)}>
        {headerText(column)}
        <span className={`dt-sort-glyph${sorted ? ' is-sorted' : ''}`} aria-hidden="true">
          {sorted ? sortGlyph[sorted] : '↕'}
        </span>
      </button>
    </th>
  );
}

function FilterInput({
  label,
  value,
  onChange,
  problemId,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** The element saying the filter is not understood, if it is not. */
  problemId: string | undefined;
}) {
  const typed = useTypedText(value, onChange);
  return (
    <input
      type="text"
      className="dt-filter"
      aria-label={label}
      aria-invalid={problemId ? true : undefined}
      aria-describedby={problemId}
      value={typed.value}
      onChange={(event) => typed.onChange(event.target.value)}
      onFocus={typed.onFocus}
      onBlur={typed.onBlur}
    />
  );
}

interface TableHeadProps {
  table: DataTableInstance;
  filters: TableViewState['filters'];
  onFilterChange: (columnId: string, value: string) => void;
  messages: DataTableMessages;
  /** Columns whose filter is not understood, to the id of the message saying so. */
  filterProblems: ReadonlyMap<string, string>;
  /** A sort button's action (see shown-state.ts). */
  onSort: (column: string) => void;
}

/**
 * The ungrouped columns to the right of a group (总计 after 法人或其他组织): their header goes in
 * the last header row, under an empty cell, so that the headers come in the order the eye
 * reads them (自然人, 商业企业 … 其他, 总计) for the keyboard and screen readers too. Those
 * before any group span the header rows.
 */
function headersAfterAGroup(table: DataTableInstance): ReadonlySet<string> {
  const after = new Set<string>();
  let grouped = false;
  for (const header of table.getHeaderGroups()[0]?.headers ?? []) {
    if (!header.isPlaceholder && header.subHeaders.length > 0) grouped = true;
    else if (grouped && header.rowSpan > 1) after.add(header.column.id);
  }
  return after;
}

/** Header rows (a group spans its columns, an ungrouped column spans the rows) and filters. */
export function TableHead({
  table,
  filters,
  onFilterChange,
  messages,
  filterProblems,
  onSort,
}: TableHeadProps) {
  const groups = table.getHeaderGroups();
  const lowered = headersAfterAGroup(table);
  return (
    <thead>
      {groups.map((group, rowIndex) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const last = rowIndex === groups.length - 1;
            if (lowered.has(header.column.id)) {
              if (last)
                return <SortHeader key={header.id} header={header} rowSpan={1} onSort={onSort} />;
              return header.rowSpan > 1 ? (
                <td
                  key={header.id}
                  className="dt-header-space"
                  rowSpan={header.rowSpan - 1}
                  aria-hidden="true"
                />
              ) : null;
            }
            // An ungrouped column's placeholder spans the header rows and carries its header;
            // the real header under it reports rowSpan 0.
            if (header.rowSpan === 0) return null;
            if (header.isPlaceholder || header.subHeaders.length === 0) {
              return (
                <SortHeader
                  key={header.id}
                  header={header}
                  rowSpan={header.rowSpan}
                  onSort={onSort}
                />
              );
            }
            return (
              <th
                key={header.id}
                scope="colgroup"
                colSpan={header.colSpan}
                className="dt-group-header"
              >
                {headerText(header.column)}
              </th>
            );
          })}
        </tr>
      ))}
      <tr className="dt-filter-row">
        {table.getVisibleLeafColumns().map((column) => (
          <td key={column.id} className={column.id === LABEL_COLUMN ? 'dt-sticky' : undefined}>
            <FilterInput
              label={messages.filter(headerText(column))}
              value={filters[column.id] ?? ''}
              onChange={(text) => onFilterChange(column.id, text)}
              problemId={filterProblems.get(column.id)}
            />
          </td>
        ))}
      </tr>
    </thead>
  );
}
