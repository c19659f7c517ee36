import { Fragment, useState } from 'react';
import { cellValue } from './cell-value.tsx';
import type { NoteNavigation } from './note-navigation.ts';
import type { CellNote, TableCellRef } from './table-types.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

const severityOrder: readonly CellNote['severity'][] = ['error', 'warning', 'info'];

interface DataCellProps {
  cellRef: TableCellRef | undefined;
  notes: readonly CellNote[] | undefined;
  /** The ids of the table's listed notes that describe this cell (see note-index.ts). */
  describedBy: string | undefined;
  highlighted: boolean;
  messages: DataTableMessages;
  navigation: NoteNavigation;
}

/**
 * A body cell with no notes: a plain element, drawn by the row without a component of its own
 * (a sort draws some 250 of them anew).
 */
export function plainCell(
  cellRef: TableCellRef | undefined,
  highlighted: boolean,
  messages: DataTableMessages,
  key?: string,
) {
  return (
    // A highlighted cell takes the focus when a checks link opens the table (-1: by script only).
    <td
      key={key}
      className={highlighted ? 'dt-cell is-highlighted' : 'dt-cell'}
      data-path={cellRef?.path}
      tabIndex={highlighted ? -1 : undefined}
    >
      {cellValue(cellRef?.cell, messages)}
    </td>
  );
}

/**
 * A body cell. With notes it is focusable and described by them (the table lists each note
 * once); a tooltip showing them opens on hover and on keyboard focus (Escape closes it). Only
 * one noted cell of the table is in the Tab order; the arrow keys, Home and End move between
 * them (see note-navigation.ts). The stylesheet marks it with a corner flag carrying a glyph
 * for the worst severity (! ? i), so colour is not the only carrier.
 */
export function DataCell({
  cellRef,
  notes,
  describedBy,
  highlighted,
  messages,
  navigation,
}: DataCellProps) {
  // Open by focus (the tooltip then also says how to move on), by hover, or closed.
  const [open, setOpen] = useState<'focus' | 'hover' | null>(null);
  const hasNotes = notes !== undefined && notes.length > 0;
  const severity = hasNotes
    ? severityOrder.find((s) => notes.some((n) => n.severity === s))
    : undefined;
  const className = ['dt-cell', severity && `has-${severity}`, highlighted && 'is-highlighted']
    .filter(Boolean)
    .join(' ');

  const path = cellRef?.path;
  if (!hasNotes || !severity || path === undefined) {
    return plainCell(cellRef, highlighted, messages);
  }
  return (
    <td
      className={className}
      data-path={cellRef?.path}
      tabIndex={navigation.tabStop === path ? 0 : -1}
      aria-describedby={describedBy || undefined}
      onFocus={(event) => {
        setOpen('focus');
        navigation.focused(path);
        // Browsers reveal a focused cell only partly inside the scrolling region; the tooltip
        // is anchored to the cell's edge and would be cut off.
        const cell = event.currentTarget;
        if (typeof cell.scrollIntoView === 'function') {
          cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
      }}
      onBlur={() => setOpen(null)}
      onMouseEnter={() => setOpen((was) => was ?? 'hover')}
      onMouseLeave={() => setOpen((was) => (was === 'hover' ? null : was))}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(null);
        else if (navigation.key(path, event.key)) event.preventDefault();
      }}
    >
      {cellValue(cellRef?.cell, messages)}
      {open && (
        // What the description already says, shown: hidden from screen readers, which have
        // heard it as the cell's description.
        <span className="dt-tooltip" aria-hidden="true">
          {notes.map((note, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <span className={`dt-note dt-note-${note.severity}`}>{note.message}</span>
            </Fragment>
          ))}
          {open === 'focus' && <span className="dt-tooltip-keys">{messages.noteKeys}</span>}
        </span>
      )}
    </td>
  );
}
