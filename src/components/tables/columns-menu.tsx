import { useEffect, useRef, useState } from 'react';
import { useKeptInView } from '../ui/kept-in-view.ts';
import { groupRuns } from './table-columns.ts';
import type { TableColumn } from './table-types.ts';

interface ColumnsMenuProps {
  columns: readonly TableColumn[];
  hidden: readonly string[];
  onToggle: (columnId: string, hide: boolean) => void;
  label: string;
  domId: string;
}

/** A disclosure button opening one checkbox a column; grouped columns sit in a fieldset. */
export function ColumnsMenu({ columns, hidden, onToggle, label, domId }: ColumnsMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = `${domId}-columns`;
  useKeptInView(panelRef, open);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const checkbox = (column: TableColumn) => (
    <label key={column.id} className="dt-check">
      <input
        type="checkbox"
        checked={!hidden.includes(column.id)}
        onChange={(event) => onToggle(column.id, !event.target.checked)}
      />
      {column.header}
    </label>
  );

  return (
    <div
      className="dt-columns"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="dt-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="dt-columns-panel"
        role="group"
        aria-label={label}
        hidden={!open}
      >
        {groupRuns(columns).map((run, i) =>
          run.group === undefined ? (
            run.columns.map(checkbox)
          ) : (
            <fieldset key={`group:${i}`}>
              <legend>{run.group}</legend>
              {run.columns.map(checkbox)}
            </fieldset>
          ),
        )}
      </div>
    </div>
  );
}
