import { Fragment, useState } from 'react';
import { CellValue } from './cell-value.tsx';
import type { CellNote, DataTableMessages, TableCellRef } from './table-types.ts';

const severityOrder: readonly CellNote['severity'][] = ['error', 'warning', 'info'];
// Colour is not the only carrier: each severity has its own glyph.
const glyph: Record<CellNote['severity'], string> = { error: '!', warning: '?', info: 'i' };

interface DataCellProps {
  cellRef: TableCellRef | undefined;
  notes: readonly CellNote[] | undefined;
  highlighted: boolean;
  messages: DataTableMessages;
  /** Unique in the document: the note tooltip's id is derived from it. */
  domId: string;
}

/**
 * A body cell. With notes it is focusable and described by a tooltip that opens on hover and
 * on keyboard focus (Escape closes it), marked by a corner flag with a glyph, not colour alone.
 */
export function DataCell({ cellRef, notes, highlighted, messages, domId }: DataCellProps) {
  const [open, setOpen] = useState(false);
  const hasNotes = notes !== undefined && notes.length > 0;
  const severity = hasNotes
    ? severityOrder.find((s) => notes.some((n) => n.severity === s))
    : undefined;
  const tooltipId = `${domId}-notes`;
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
      aria-describedby={tooltipId}
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
      <span className="dt-note-flag" aria-hidden="true">
        {glyph[severity]}
      </span>
      <CellValue cell={cellRef?.cell} messages={messages} />
      <span role="tooltip" id={tooltipId} className="dt-tooltip" hidden={!open}>
        {notes.map((note, i) => (
          <Fragment key={i}>
            {i > 0 && ' '}
            <span className={`dt-note dt-note-${note.severity}`}>{note.message}</span>
          </Fragment>
        ))}
      </span>
    </td>
  );
}
