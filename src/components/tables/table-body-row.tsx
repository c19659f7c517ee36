import { memo, type ReactNode } from 'react';
import { DataCell, plainCell } from './data-cell.tsx';
import type { NoteIndex } from './note-index.ts';
import type { NoteNavigation } from './note-navigation.ts';
import type { CellNote, TableRow } from './table-types.ts';
import type { DrawnColumn } from './use-column-window.ts';
import type { DataTableInstance } from './use-data-table.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

type Row = ReturnType<DataTableInstance['getRowModel']>['rows'][number];

interface TableBodyRowProps {
  row: Row;
  notes: ReadonlyMap<string, readonly CellNote[]> | undefined;
  noteIndex: NoteIndex;
  navigation: NoteNavigation;
  highlighted: ReadonlySet<string> | undefined;
  messages: DataTableMessages;
  renderLabel?: ((row: TableRow) => ReactNode) | undefined;
  /** The table's state as this row draws it (props, so that the memoised row follows them). */
  expanded: boolean;
  /** The cells to draw after the row's label, in order (see use-column-window.ts). */
  columns: readonly DrawnColumn[];
  /** A group row's fold button's action (see shown-state.ts). */
  onToggle: (id: string) => void;
}

/**
 * Memoised: a table draws anew with every change of its state (a sort's header, a filter's
 * text) before its rows change, and a large table's rows are most of its drawing.
 */
export const TableBodyRow = memo(function TableBodyRow({
  row,
  notes,
  noteIndex,
  navigation,
  highlighted,
  messages,
  renderLabel,
  expanded,
  columns,
  onToggle,
}: TableBodyRowProps) {
  const { label, cells } = row.original;
  return (
    <tr className={`dt-row${row.subRows.length ? ' dt-group-row' : ''}`} data-depth={row.depth}>
      <th
        scope="row"
        className="dt-row-header dt-sticky"
        style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}
      >
        {row.getCanExpand() ? (
          <button
            type="button"
            className="dt-toggle"
            aria-expanded={expanded}
            aria-label={expanded ? messages.collapse(label) : messages.expand(label)}
            onClick={() => onToggle(row.id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="dt-toggle-space" aria-hidden="true" />
        )}
        <span className="dt-label">{renderLabel ? renderLabel(row.original) : label}</span>
      </th>
      {columns.map((id, i) => {
        if (typeof id !== 'string') {
          // Columns out of view sideways: one empty cell as wide as they are.
          return <td key={`gap${i}`} className="dt-gap" colSpan={id.gap} aria-hidden="true" />;
        }
        const ref = cells[id];
        const cellNotes = ref ? notes?.get(ref.path) : undefined;
        const lit = ref ? (highlighted?.has(ref.path) ?? false) : false;
        if (!ref || !cellNotes?.length) return plainCell(ref, lit, messages, id);
        return (
          <DataCell
            key={id}
            cellRef={ref}
            notes={cellNotes}
            describedBy={cellNotes ? noteIndex.describedBy(cellNotes) : undefined}
            highlighted={lit}
            messages={messages}
            navigation={navigation}
          />
        );
      })}
    </tr>
  );
});
