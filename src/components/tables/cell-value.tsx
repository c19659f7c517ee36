import type { ReactNode } from 'react';
import type { Cell } from '../../report/cell.ts';
import { cellKind } from './cell-kind.ts';
import type { DataTableMessages } from '../../i18n/table-messages.ts';

/**
 * Blank, 0 and not applicable look different; a printed form shows the number read from it.
 * No cell at all (a group row's own cells) shows nothing: the report has no such cell.
 * A function, not a component: a large table draws thousands, and each component is work.
 */
export function cellValue(cell: Cell | undefined, messages: DataTableMessages): ReactNode {
  if (!cell) return null;
  const kind = cellKind(cell);
  // One element each, named for screen readers: the dot and the dash are marks, not text.
  if (kind === 'blank') {
    return (
      <span className="dt-blank" role="img" aria-label={messages.blank}>
        ·
      </span>
    );
  }
  if (kind === 'notApplicable') {
    return (
      <span
        className="dt-na"
        role="img"
        aria-label={messages.notApplicable}
        title={messages.notApplicable}
      >
        {cell.raw}
      </span>
    );
  }
  if (kind === 'text') return <span className="dt-text">{cell.raw}</span>;
  if (typeof cell.raw === 'number') return <span className="dt-number">{cell.raw}</span>;

  const printed = String(cell.raw);
  const differs = printed.trim() !== String(cell.value);
  return (
    <>
      <span className="dt-printed">{printed}</span>
      {differs && (
        <span className="dt-chart-value">
          {cell.approx && (
            <span className="dt-approx" title={messages.approx}>
              ≈
            </span>
          )}
          {cell.value}
        </span>
      )}
    </>
  );
}
