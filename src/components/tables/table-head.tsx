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

function SortHeader({ header }: { header: Header }) {
  const { column } = header;
  const sorted = column.getIsSorted();
  const sticky = column.id === LABEL_COLUMN ? ' dt-sticky' : '';
  return (
    <th
      scope="col"
      rowSpan={header.rowSpan > 1 ? header.rowSpan : undefined}
      aria-sort={sorted ? ariaSort[sorted] : 'none'}
      className={`dt-header${sticky}`}
    >
      <button type="button" className="dt-sort" onClick={column.getToggleSortingHandler()}>
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
}

/** Header rows (a group spans its columns, an ungrouped column spans the rows) and filters. */
export function TableHead({
  table,
  filters,
  onFilterChange,
  messages,
  filterProblems,
}: TableHeadProps) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            // An ungrouped column's placeholder spans the header rows and carries its header;
            // the real header under it reports rowSpan 0.
            if (header.rowSpan === 0) return null;
            if (header.isPlaceholder || header.subHeaders.length === 0) {
              return <SortHeader key={header.id} header={header} />;
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
