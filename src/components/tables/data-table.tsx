import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import './data-table.css';
import { readCellFilter } from './cell-filter.ts';
import { toExportTable } from './export-rows.ts';
import { indexNotes } from './note-index.ts';
import { NOTE_KEYS, nextNoted, type NoteNavigation, type NotedCell } from './note-navigation.ts';
import { flattenRows } from './row-tree.ts';
import { useClearOfSticky } from './clear-of-sticky.ts';
import { useKeepFocusedCell } from './keep-focused-cell.ts';
import { useShownStateActions } from './shown-state.ts';
import { TableBodyRow } from './table-body-row.tsx';
import { TableExportMenu } from './table-export-menu.tsx';
import type { LabelOrder } from './table-columns.ts';
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
import { drawnColumns, useColumnWindow } from './use-column-window.ts';
import { useKeptScroll } from './use-kept-scroll.ts';
import { useVirtualWindow, type VirtualRows } from './use-virtual-window.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

/** Keys of a virtualised table's rows repeat after this many rows (see the rows' key). */
const KEY_CYCLE = 64;

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
  /** How the label column sorts (default: the rows' own order, a template's). */
  labelOrder?: LabelOrder;
  /** What a row's header shows instead of its label (a link, a checkbox); exports keep the label. */
  renderLabel?: (row: TableRow) => ReactNode;
  /**
   * Virtualised: `rows` are a window of rows sorted and filtered elsewhere (the view state is
   * still this table's; the caller applies it), drawn between spacers as tall as the rest.
   */
  virtual?: VirtualRows;
}

/**
 * Brings the highlighted cells into view, from the first in reading order, whenever the
 * highlighted paths change (a checks link opened the table), and gives the focus to the cell
 * the finding is about (the first of the link's paths, in its order): a keyboard or
 * screen-reader user lands on it, with its note, not at the top of the page.
 */
function useScrollToHighlighted(
  container: RefObject<HTMLElement | null>,
  highlighted: ReadonlySet<string> | undefined,
) {
  const key = highlighted ? [...highlighted].join('\n') : '';
  useEffect(() => {
    if (!key) return;
    const cells = [...(container.current?.querySelectorAll<HTMLElement>('.is-highlighted') ?? [])];
    const first = cells[0];
    if (!first) return;
    // jsdom and old browsers lack scrollIntoView.
    if (typeof first.scrollIntoView === 'function') {
      first.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    const about = key.split('\n').flatMap((path) => cells.filter((c) => c.dataset.path === path));
    (about[0] ?? first).focus();
  }, [container, key]);
}

export function DataTable(props: DataTableProps) {
  const { caption, columns, rows, state, onStateChange, notes, highlighted, messages, exportAs } =
    props;
  const generatedId = useId();
  const domId = props.id ?? `dt${generatedId.replace(/[^\w-]/g, '')}`;
  const { virtual } = props;
  const table = useDataTable({ ...props, manual: virtual !== undefined });
  const actions = useShownStateActions(state, onStateChange, rows);
  const scrollRef = useRef<HTMLDivElement>(null);
  useClearOfSticky(scrollRef);
  useKeepFocusedCell(scrollRef);
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

  const localTotal = useMemo(() => flattenRows(rows).length, [rows]);
  const bodyRows = table.getRowModel().rows;
  // The rows on screen: a collapsed group's rows are not.
  const shown = virtual ? virtual.matched : bodyRows.length;
  const total = virtual ? virtual.total : localTotal;
  const rowHeight = useVirtualWindow(scrollRef, virtual, bodyRows.length);
  useKeptScroll(scrollRef, virtual?.place, bodyRows.length > 0);
  const spacer = (rowCount: number, key: string) =>
    rowCount > 0 ? (
      <tr
        key={key}
        className="dt-spacer"
        aria-hidden="true"
        style={{ height: rowCount * rowHeight }}
      >
        <td colSpan={table.getVisibleLeafColumns().length} />
      </tr>
    ) : null;

  // The noted cells on show, in reading order; one of them is in the Tab order: the last one
  // focused while it is on show, else the first.
  const visibleKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join('\n');
  const visibleColumns = useMemo(() => visibleKey.split('\n'), [visibleKey]);
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const noted: NotedCell[] = useMemo(
    () =>
      bodyRows.flatMap((row, index) =>
        visibleColumns
          .filter((id) => id !== LABEL_COLUMN)
          .flatMap((column) => {
            const path = row.original.cells[column]?.path;
            return path !== undefined && notes?.get(path)?.length
              ? [{ path, row: index, column }]
              : [];
          }),
      ),
    [bodyRows, notes, visibleColumns],
  );
  const tabStop = noted.some((cell) => cell.path === lastFocused)
    ? (lastFocused ?? undefined)
    : noted[0]?.path;
  // A windowed table's body draws the columns in view, and those of the cell in the Tab order
  // and of a cell the arrow keys move to, which must be in the document to take the focus.
  const columnWindow = useColumnWindow(
    scrollRef,
    virtual !== undefined && bodyRows.length > 0,
    visibleColumns,
  );
  const [revealed, setRevealed] = useState<string | null>(null);
  const toFocus = useRef<string | null>(null);
  const tabStopColumn = noted.find((cell) => cell.path === tabStop)?.column;
  const highlightedKey = highlighted ? [...highlighted].join('\n') : '';
  const highlightedColumns = useMemo(
    () =>
      highlightedKey === ''
        ? []
        : bodyRows.flatMap((row) =>
            Object.entries(row.original.cells).flatMap(([column, ref]) =>
              ref && highlightedKey.split('\n').includes(ref.path) ? [column] : [],
            ),
          ),
    [bodyRows, highlightedKey],
  );
  const pinnedKey = [tabStopColumn, revealed, ...highlightedColumns].filter(Boolean).join('\n');
  const bodyColumns = useMemo(
    () => drawnColumns(visibleColumns, columnWindow, new Set(pinnedKey.split('\n'))),
    // The window's bounds, not its object: the same columns keep the rows' memo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [visibleColumns, columnWindow?.first, columnWindow?.last, pinnedKey],
  );
  useEffect(() => {
    const path = toFocus.current;
    if (path === null) return;
    toFocus.current = null;
    scrollRef.current
      ?.querySelector<HTMLElement>(`td[data-path="${path}"]`)
      ?.focus({ preventScroll: true });
    // Focused, its cell is the Tab stop, which keeps its column drawn while it is; no longer
    // pinned on its own (it stayed drawn, out of view, after the focus had moved on).
    setRevealed(null);
  }, [bodyColumns]);
  const notedNow = useRef(noted);
  useEffect(() => {
    notedNow.current = noted;
  }, [noted]);
  // The same object while the Tab stop stays: the body rows are memoised on it.
  const navigation: NoteNavigation = useMemo(
    () => ({
      tabStop,
      focused: setLastFocused,
      key: (path, key) => {
        if (!NOTE_KEYS.includes(key)) return false;
        const target = nextNoted(notedNow.current, path, key);
        if (target) {
          const cell = scrollRef.current?.querySelector<HTMLElement>(
            `td[data-path="${target.path}"]`,
          );
          // The cell scrolls itself into view, the least way (see DataCell): focus's own
          // scroll centres it, and in a virtualised table that scrolled its row out of the
          // rows drawn, and the focus was lost.
          if (cell) cell.focus({ preventScroll: true });
          else {
            // Its column is not drawn (out of view sideways): drawn first, then focused.
            toFocus.current = target.path;
            setRevealed(target.column);
          }
        }
        return true;
      },
    }),
    [tabStop],
  );
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
  // A column filter that is not understood keeps every row; say so beside the table.
  const filterProblems = new Map(
    Object.entries(state.filters)
      .filter(([id, text]) => id !== LABEL_COLUMN && !readCellFilter(text).understood)
      .map(([id]) => [id, `${domId}-filter-${id}`]),
  );
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
        loading={virtual?.loading === true}
        domId={domId}
        actions={
          exportAs ? (
            <TableExportMenu snapshot={snapshot} exportAs={exportAs} domId={domId} />
          ) : undefined
        }
      />
      {filterProblems.size > 0 && (
        <ul className="dt-filter-problems">
          {[...filterProblems].map(([columnId, id]) => (
            <li key={id} id={id}>
              {messages.filterNotUnderstood(
                columns.find((c) => c.id === columnId)?.header ?? columnId,
                state.filters[columnId] ?? '',
              )}
            </li>
          ))}
        </ul>
      )}
      <div
        className={virtual ? 'dt-scroll dt-virtual' : 'dt-scroll'}
        role="region"
        aria-label={caption}
        tabIndex={0}
        ref={scrollRef}
      >
        <table
          className="dt-table"
          aria-rowcount={virtual ? virtual.matched + table.getHeaderGroups().length + 1 : undefined}
        >
          <caption>{caption}</caption>
          <TableHead
            table={table}
            filters={state.filters}
            onFilterChange={setFilter}
            messages={messages}
            filterProblems={filterProblems}
            onSort={actions.sortBy}
          />
          <tbody>
            {bodyRows.length === 0 ? (
              <tr>
                <td className="dt-no-rows" colSpan={table.getVisibleLeafColumns().length}>
                  <span>{virtual?.loading ? messages.loadingRows : messages.noRows}</span>
                </td>
              </tr>
            ) : (
              [spacer(virtual?.offset ?? 0, 'before')].concat(
                bodyRows.map((row, i) => (
                  <TableBodyRow
                    // A virtualised table keys its rows by their place among the rows
                    // matched, in a cycle longer than any window: a new sort or filter then
                    // updates the drawn rows' text instead of replacing them, and a row that
                    // stays drawn as the window moves, or grows or shrinks, keeps its element
                    // (and the focus in it).
                    key={
                      virtual
                        ? `at${(virtual.offset + i) % Math.max(KEY_CYCLE, bodyRows.length)}`
                        : row.id
                    }
                    row={row}
                    notes={notes}
                    noteIndex={noteIndex}
                    navigation={navigation}
                    highlighted={highlighted}
                    messages={messages}
                    renderLabel={props.renderLabel}
                    expanded={row.getIsExpanded()}
                    columns={bodyColumns}
                    onToggle={actions.toggleRow}
                  />
                )),
                spacer(virtual ? virtual.matched - virtual.offset - bodyRows.length : 0, 'after'),
              )
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
