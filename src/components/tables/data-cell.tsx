import { Fragment, useState } from 'react';
import { CellValue } from './cell-value.tsx';
import type { CellNote, DataTableMessages, TableCellRef } from './table-types.ts';

const severityOrder: readonly CellNote['severity'][] = ['error', 'warning', 'info'];

interface DataCellProps {
  cellRef: TableCellRef | undefined;
  notes: readonly CellNote[] | undefined;
  /** The ids of the table's listed notes that describe this cell (see note-index.ts). */
  describedBy: string | undefined;
  highlighted: boolean;
  messages: DataTableMessages;
}

/**
 * A body cell. With notes it is focusable and described by them (the table lists each note
 * once); a tooltip showing them opens on hover and on keyboard focus (Escape closes it). The
 * stylesheet marks it with a corner flag carrying a glyph for the worst severity (! ? i), so
 * colour is not the only carrier.
 */
export function DataCell({ cellRef, notes, describedBy, highlighted, messages }: DataCellProps) {
  const [open, setOpen] = useState(false);
  const hasNotes = notes !== undefined && notes.length > 0;
  const severity = hasNotes
    ? severityOrder.find((s) => notes.some((n) => n.severity === s))
    : undefined;
  const className = ['dt-cell', severity && `has-${severity}`, highlighted && 'is-highlighted']
    .filter(Boolean)
    .join(' ');

  if (!hasNotes || !severity) {
    return (
      <td className={className} data-path={cellRef?.path}>
        <CellValue cell={cellRef?.cell} messages={messages} />
      </td>
    );
  }
  return (
    <td
      className={className}
      data-path={cellRef?.path}
      tabIndex={0}
      aria-describedby={describedBy || undefined}
      onFocus={(event) => {
        setOpen(true);
        // Browsers reveal a focused cell only partly inside the scrolling region; the tooltip
        // is anchored to the cell's edge and would be cut off.
        const cell = event.currentTarget;
        if (typeof cell.scrollIntoView === 'function') {
          cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
      }}
      onBlur={() => setOpen(false)}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <CellValue cell={cellRef?.cell} messages={messages} />
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
        </span>
      )}
    </td>
  );
}
