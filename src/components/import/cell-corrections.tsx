import { useMemo } from 'react';
import type { Finding } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { TableEditorMessages } from '../../i18n/editor-messages.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import { nationalLayout } from '../../report/national-layout.ts';
import type { Report } from '../../report/report-schema.ts';
import { TableEditor, type EditedCell, type EditorNote } from '../editor/table-editor.tsx';

// A misread cell corrected before the report is saved: the tables as read, in the national
// layout, editable like the editor's, with the findings on their cells.

const perCell = new Set<Finding['ruleId']>(['blank-cell', 'non-numeric', 'whole-number']);

function notesOf(findings: readonly Finding[], t: Messages<ImportMessages>) {
  const notes = new Map<string, EditorNote[]>();
  for (const f of findings) {
    if (f.status !== 'failed') continue;
    for (const path of perCell.has(f.ruleId) ? f.cells : f.cells.slice(0, 1)) {
      notes.set(path, [
        ...(notes.get(path) ?? []),
        { severity: f.severity, message: t.text(f.message) },
      ]);
    }
  }
  return notes;
}

export function CellCorrections({
  report,
  findings,
  corrected,
  onChange,
  messages: t,
  grid,
}: {
  report: Report;
  findings: readonly Finding[];
  /** The cells corrected so far, by path. */
  corrected: ReadonlySet<string>;
  onChange: (cells: readonly EditedCell[]) => void;
  messages: Messages<ImportMessages>;
  grid: Messages<TableEditorMessages>;
}) {
  const tables = useMemo(() => nationalLayout(report), [report]);
  const notes = useMemo(() => notesOf(findings, t), [findings, t]);
  return (
    <div className="cell-corrections">
      <p className="muted">{t.correctCellsHint}</p>
      {corrected.size > 0 ? <p role="status">{t.cellsCorrected(corrected.size)}</p> : null}
      {tables.map((table) => (
        <TableEditor
          key={table.key}
          table={table}
          notes={notes}
          changed={corrected}
          onChange={onChange}
          messages={grid}
        />
      ))}
    </div>
  );
}
