import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import './data-table.css';
import { toExportTable } from './export-rows.ts';
import { indexNotes } from './note-index.ts';
import { NOTE_KEYS, nextNoted, type NoteNavigation, type NotedCell } from './note-navigation.ts';
import { flattenRows } from './row-tree.ts';
import { TableBodyRow } from './table-body-row.tsx';
import { TableExportMenu } from './table-export-menu.tsx';
import { TableHead } from './table-head.tsx';
import { TableToolbar } from './table-toolbar.tsx';
import { LABEL_COLUMN } from './table-view-state.ts';
import type {
  CellNote,
  TableColumn,
  TableExport,
  TableRow,
  TableViewState,
} from './table-types.ts';
import { useDataTable } from './use-data-table.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

export interface DataTableProps {
  caption: string;
  /** Header of the row label column. */
  rowHeader: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Controlled: the caller keeps it (in the URL) and receives every change. */
  state: TableViewState;
  onStateChange: (next: TableViewState) => void;
  /** Notes by cell path. */
  notes?: ReadonlyMap<string, readonly CellNote[]>;
  /** Cell paths to emphasise; the first one is scrolled into view. */
  highlighted?: ReadonlySet<string>;
  messages: DataTableMessages;
  id?: string;
  /** Offers the table as it is on screen as CSV and XLSX. */
  exportAs?: TableExport;
  /** What a row's header shows instead of its label (a link, a checkbox); exports keep the label. */
  renderLabel?: (row: TableRow) => ReactNode;
}

/** Scrolls the first highlighted cell into view whenever the set of highlighted paths changes. */
function useScrollToHighlighted(
  container: RefObject<HTMLElement | null>,
  highlighted: ReadonlySet<string> | undefined,
) {
  const key = highlighted ? [...highlighted].sort().join('\n') : '';
  useEffect(() => {
    if (!key) return;
    const first = container.current?.querySelector<HTMLElement>('.is-highlighted');
    // jsdom and old browsers lack scrollIntoView.
    if (first && typeof first.scrollIntoView === 'function') {
      first.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }, [container, key]);
}

export function DataTable(props: DataTableProps) {
  const { caption, columns, rows, state, onStateChange, notes, highlighted, messages, exportAs } =
    props;
  const generatedId = useId();
  const domId = props.id ?? `dt${generatedId.replace(/[^\w-]/g, '')}`;
  const table = useDataTable(props);
  const scrollRef = useRef<HTMLDivElement>(null);
  const noteIndex = useMemo(
    () =>
      indexNotes(
        notes,
        flattenRows(rows).flatMap((row) => Object.values(row.cells).map((ref) => ref?.path ?? '')),
        domId,
      ),
    [notes, rows, domId],
  );
  useScrollToHighlighted(scrollRef, highlighted);

  const total = useMemo(() => flattenRows(rows).length, [rows]);
  const shown = table.getFilteredRowModel().flatRows.length;
  const bodyRows = table.getRowModel().rows;

  // The noted cells on show, in reading order; one of them is in the Tab order: the last one
  // focused while it is on show, else the first.
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const noted: NotedCell[] = bodyRows.flatMap((row, index) =>
    row
      .getVisibleCells()
      .filter((cell) => cell.column.id !== LABEL_COLUMN)
      .flatMap((cell) => {
        const path = row.original.cells[cell.column.id]?.path;
        return path !== undefined && notes?.get(path)?.length
          ? [{ path, row: index, column: cell.column.id }]
          : [];
      }),
  );
  const navigation: NoteNavigation = {
    tabStop: noted.some((cell) => cell.path === lastFocused)
      ? (lastFocused ?? undefined)
      : noted[0]?.path,
    focused: setLastFocused,
    key: (path, key) => {
      if (!NOTE_KEYS.includes(key)) return false;
      const target = nextNoted(noted, path, key);
      if (target) {
        scrollRef.current?.querySelector<HTMLElement>(`td[data-path="${target.path}"]`)?.focus();
      }
      return true;
    },
  };
  const snapshot = () =>
    toExportTable({
      title: caption,
      rowHeader: props.rowHeader,
      columns,
      hiddenColumns: state.hiddenColumns,
      rows: bodyRows.map((row) => {
        const groups: string[] = [];
        for (let parent = row.getParentRow(); parent; parent = parent.getParentRow()) {
          groups.unshift(parent.original.label);
        }
        return { row: row.original, groups };
      }),
    });
  const setFilter = (columnId: string, value: string) => {
    // Spread then filter keeps each filter's position, so the URL does not reshuffle as one types.
    const entries = Object.entries({ ...state.filters, [columnId]: value });
    const filters = Object.fromEntries(entries.filter(([, v]) => v !== ''));
    onStateChange({ ...state, filters });
  };

  return (
    <div className="dt" id={domId}>
      <TableToolbar
        state={state}
        onStateChange={onStateChange}
        columns={columns}
        messages={messages}
        shown={shown}
        total={total}
        domId={domId}
        actions={
          exportAs ? (
            <TableExportMenu snapshot={snapshot} exportAs={exportAs} domId={domId} />
          ) : undefined
        }
      />
      <div className="dt-scroll" role="region" aria-label={caption} tabIndex={0} ref={scrollRef}>
        <table className="dt-table">
          <caption>{caption}</caption>
          <TableHead
            table={table}
            filters={state.filters}
            onFilterChange={setFilter}
            messages={messages}
          />
          <tbody>
            {bodyRows.length === 0 ? (
              <tr>
                <td className="dt-no-rows" colSpan={table.getVisibleLeafColumns().length}>
                  {messages.noRows}
                </td>
              </tr>
            ) : (
              bodyRows.map((row) => (
                <TableBodyRow
                  key={row.id}
                  row={row}
                  notes={notes}
                  noteIndex={noteIndex}
                  navigation={navigation}
                  highlighted={highlighted}
                  messages={messages}
                  renderLabel={props.renderLabel}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      {noteIndex.list.length > 0 && (
        <div className="dt-notes" hidden>
          {noteIndex.list.map(({ id, note }) => (
            <span key={id} id={id} className={`dt-note dt-note-${note.severity}`}>
              {note.message}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
