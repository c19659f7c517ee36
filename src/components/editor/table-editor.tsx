import {
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Severity } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { TableEditorMessages } from '../../i18n/editor-messages.ts';
import type { RawCell } from '../../report/cell.ts';
import { cellText, typedCell } from '../../report/edit-file.ts';
import type { GridBlock, GridCell, GridTable } from '../../report/national-layout.ts';
import { useClearOfSticky } from '../tables/clear-of-sticky.ts';
import { gridPositions, moveFrom, pasteTargets, type Move } from './grid-moves.ts';
import { isBlock, parseBlock } from './paste-block.ts';
import './table-editor.css';

// A table of the national layout as a form that works like a spreadsheet: arrows move between
// cells (Left and Right once the caret is at the text's edge), Enter moves down (Shift+Enter
// up), Tab to the next cell, Escape takes back what was typed into the cell, and a block copied
// from Excel or WPS is pasted from the focused cell on, right and down.

export interface EditorNote {
  readonly severity: Severity;
  readonly message: string;
}

export interface EditedCell {
  readonly path: string;
  readonly raw: RawCell;
}

export interface TableEditorProps {
  readonly table: GridTable;
  /** The findings on each cell, by path. */
  readonly notes: ReadonlyMap<string, readonly EditorNote[]>;
  /** Cells that differ from the version the edit started from. */
  readonly changed?: ReadonlySet<string>;
  readonly readOnly?: boolean;
  readonly onChange?: (cells: readonly EditedCell[]) => void;
  /** Told which cell has the focus (null when none of this table's has). */
  readonly onFocusCell?: (cell: FocusedCell | null) => void;
  readonly messages: Messages<TableEditorMessages>;
}

/** The cell with the focus, as the editor's bar says it: its label and its findings. */
export interface FocusedCell {
  readonly label: string;
  readonly notes: readonly EditorNote[];
}

const worst = (notes: readonly EditorNote[] | undefined): Severity | undefined =>
  notes?.find((n) => n.severity === 'error')?.severity ??
  notes?.find((n) => n.severity === 'warning')?.severity ??
  notes?.[0]?.severity;

/** An id from a path, for aria-describedby. */
const noteId = (path: string) => `ed-note-${path.replace(/\./g, '-')}`;

export function TableEditor({
  table,
  notes,
  changed,
  readOnly = false,
  onChange,
  onFocusCell,
  messages: m,
}: TableEditorProps) {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // The cell being typed into: its text as typed, and what it held when it got the focus.
  const [editing, setEditing] = useState<{ path: string; text: string; before: string } | null>(
    null,
  );
  const [pasted, setPasted] = useState<string>('');
  const positions = useMemo(() => table.blocks.map(gridPositions), [table]);

  const blockOf = (path: string) =>
    positions.find((rows) => rows.some((r) => r.some((p) => p.path === path)));

  const commit = (path: string, text: string) => onChange?.([{ path, raw: typedCell(text) }]);

  const go = (from: string, move: Move) => {
    const rows = blockOf(from);
    const to = rows ? moveFrom(rows, from, move) : null;
    if (!to) return false;
    inputs.current.get(to)?.focus();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, path: string) => {
    const input = event.currentTarget;
    const { selectionStart: start, selectionEnd: end, value } = input;
    const all = start === 0 && end === value.length;
    const key = event.key;
    let move: Move | null = null;
    if (key === 'ArrowUp') move = 'up';
    else if (key === 'ArrowDown') move = 'down';
    else if (key === 'Enter') move = event.shiftKey ? 'up' : 'down';
    else if (key === 'ArrowLeft' && (all || (start === 0 && end === 0))) move = 'left';
    else if (key === 'ArrowRight' && (all || start === value.length)) move = 'right';
    else if (key === 'Escape' && editing?.path === path) {
      event.preventDefault();
      commit(path, editing.before);
      setEditing({ ...editing, text: editing.before });
      requestAnimationFrame(() => input.select());
      return;
    }
    if (move && go(path, move)) event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, path: string) => {
    if (readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) {
      // One cell copied from a spreadsheet comes with a line break: the value alone replaces it.
      if (/\r?\n$/.test(text)) {
        event.preventDefault();
        const value = text.replace(/\r?\n$/, '');
        commit(path, value);
        setEditing((e) => (e && e.path === path ? { ...e, text: value } : e));
      }
      return;
    }
    event.preventDefault();
    const rows = blockOf(path);
    if (!rows) return;
    const { cells, outside } = pasteTargets(rows, path, parseBlock(text));
    onChange?.(cells.map((c) => ({ path: c.path, raw: typedCell(c.text) })));
    setEditing(null);
    setPasted(m.pasted(cells.length, outside));
  };

  const cellOf = (cell: GridCell, key: number, sticky = false) => {
    if (cell.kind === 'label') {
      return (
        <th
          key={key}
          scope={cell.header ? 'col' : 'row'}
          colSpan={cell.colSpan}
          rowSpan={cell.rowSpan}
          className={cell.header ? 'ed-head' : sticky ? 'ed-label ed-sticky' : 'ed-label'}
        >
          {m.text(cell.label)}
        </th>
      );
    }
    const { path } = cell.ref;
    const cellNotes = notes.get(path);
    const severity = worst(cellNotes);
    const value = editing?.path === path ? editing.text : cellText(cell.ref.cell.raw);
    const classes = [
      'ed-cell',
      severity ? `has-${severity}` : '',
      changed?.has(path) ? 'is-changed' : '',
    ].filter(Boolean);
    return (
      <td key={key} colSpan={cell.colSpan} className={classes.join(' ')} role="gridcell">
        <input
          ref={(el) => {
            if (el) inputs.current.set(path, el);
            else inputs.current.delete(path);
          }}
          data-path={path}
          aria-label={m.text(cell.ref.label)}
          aria-invalid={severity === 'error' ? true : undefined}
          aria-describedby={cellNotes ? noteId(path) : undefined}
          value={value}
          readOnly={readOnly}
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          onFocus={(e) => {
            onFocusCell?.({ label: m.text(cell.ref.label), notes: cellNotes ?? [] });
            e.currentTarget.select();
          }}
          onBlur={() => {
            onFocusCell?.(null);
            setEditing((ed) => (ed?.path === path ? null : ed));
          }}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setEditing((ed) =>
              ed?.path === path ? { ...ed, text } : { path, text, before: value },
            );
            commit(path, text);
          }}
          onKeyDown={(e) => onKeyDown(e, path)}
          onPaste={(e) => onPaste(e, path)}
        />
        {cellNotes ? (
          <span id={noteId(path)} hidden>
            {cellNotes.map((n) => `${m.severity[n.severity]}：${n.message}`).join(' ')}
          </span>
        ) : null}
      </td>
    );
  };

  const blockTable = (block: GridBlock, b: number) => (
    <BlockScroll key={b}>
      <table
        role="grid"
        className="ed-grid"
        aria-label={
          block.caption ? `${m.text(table.title)} · ${m.text(block.caption)}` : m.text(table.title)
        }
        aria-readonly={readOnly || undefined}
      >
        {block.caption ? <caption>{m.text(block.caption)}</caption> : null}
        <thead>
          {block.head.map((row, r) => (
            <tr key={r}>{row.map((cell, i) => cellOf(cell, i))}</tr>
          ))}
        </thead>
        <tbody>
          {block.body.map((row, r) => {
            // A row's own label (the last, after a group's), kept in view as the numbers scroll.
            const own = row.findLastIndex((cell) => cell.kind === 'label' && !cell.header);
            return <tr key={r}>{row.map((cell, i) => cellOf(cell, i, i === own))}</tr>;
          })}
        </tbody>
      </table>
    </BlockScroll>
  );

  return (
    <section className="ed-table" aria-labelledby={`ed-title-${table.key}`}>
      <h2 id={`ed-title-${table.key}`}>{m.text(table.title)}</h2>
      {table.blocks.map(blockTable)}
      <p role="status" className="ed-pasted">
        {pasted}
      </p>
    </section>
  );
}

/**
 * A block's sideways scroll: on a phone the numbers scroll under the rows' labels, and a cell
 * focused beside them (Tab, the arrow keys) is moved clear of them.
 */
function BlockScroll({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useClearOfSticky(ref, '.ed-sticky');
  return (
    <div className="ed-scroll" ref={ref}>
      {children}
    </div>
  );
}
