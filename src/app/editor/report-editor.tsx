import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { countBySeverity } from '../../checks/run-checks.ts';
import {
  DetailsFields,
  type DetailsField,
  type DetailsValues,
} from '../../components/editor/details-fields.tsx';
import {
  TableEditor,
  type EditedCell,
  type FocusedCell,
} from '../../components/editor/table-editor.tsx';
import { TextFields } from '../../components/editor/text-fields.tsx';
import { editorMessages } from '../../i18n/editor-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { setAt, setCells, valueAt } from '../../report/edit-file.ts';
import { nationalLayout } from '../../report/national-layout.ts';
import { diffReports } from '../../report/report-diff.ts';
import type { ReportFile } from '../../report/report-schema.ts';
import { sectionLabels, textSectionKeys } from '../../report/table-layout.ts';
import { readDraft, removeDraft, writeDraft } from '../../store/drafts.ts';
import { useVersions, type EditBase } from '../../store/versions-store.ts';
import { findingNotes } from '../table-data/findings-notes.ts';
import { EditorDownloads } from './editor-downloads.tsx';
import { EditorFindings } from './editor-findings.tsx';
import { loadDraft } from './load-draft.ts';
import './editor.css';

// The editor of one report: its head, its three tables in the national layout and its text,
// checked as they are typed. Every change is kept in this browser at once (store/drafts.ts), so
// leaving the page, a reload or a failed save loses nothing; saving writes a version.

const fieldPaths: Record<DetailsField, string> = {
  agency: 'agency.name',
  region: 'agency.region',
  level: 'agency.level',
  year: 'year',
  publishedOn: 'publishedOn',
  title: 'title',
};

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A field's text as the file keeps it: nothing typed is left out, a year typed whole is a number. */
function fieldValue(field: DetailsField, text: string): unknown {
  if (field === 'agency') return text;
  if (field === 'year') return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text;
  return text.trim() === '' ? undefined : text;
}

export interface ReportEditorProps {
  readonly heading: string;
  /** Said above the form: what saving does to this report. */
  readonly intro?: ReactNode;
  /** The version the edit starts from. */
  readonly baseFile: ReportFile;
  readonly base: EditBase;
  readonly builtinIds: readonly string[];
  readonly draftKey: string;
  readonly saveLabel: string;
  readonly onSaved: (id: string, version: number) => void;
  /** Shown after the form's actions (a link to the report's versions). */
  readonly links?: ReactNode;
}

export function ReportEditor({
  heading,
  intro,
  baseFile,
  base,
  builtinIds,
  draftKey,
  saveLabel,
  onSaved,
  links,
}: ReportEditorProps) {
  const m = useMessages(editorMessages);
  const saveEdit = useVersions((s) => s.saveEdit);
  const [start] = useState(() => readDraft(draftKey));
  const [file, setFile] = useState<ReportFile>(() => (start?.file as ReportFile) ?? baseFile);
  // The file as last changed: two changes before a render (a paste, quick typing) build on it.
  const latest = useRef(file);
  const [restored, setRestored] = useState(start?.changedAt ?? null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  // Remounts the text boxes when the whole file is replaced (changes discarded).
  const [generation, setGeneration] = useState(0);

  const baseReport = useMemo(() => loadDraft(baseFile)?.report, [baseFile]);
  const draft = useMemo(() => loadDraft(file), [file]);
  const fallback = useMemo(() => loadDraft(baseFile), [baseFile]);
  const shown = draft ?? fallback;
  const changes = useMemo(
    () => (draft && baseReport ? diffReports(baseReport, draft.report) : []),
    [draft, baseReport],
  );
  const changedCells = useMemo(
    () => new Set(changes.filter((c) => c.kind === 'cell').map((c) => c.path)),
    [changes],
  );
  const failed = useMemo(
    () => (shown?.findings ?? []).filter((f) => f.status === 'failed'),
    [shown],
  );
  const notes = useMemo(() => findingNotes(failed, m.text), [failed, m.text]);
  const tables = useMemo(() => (shown ? nationalLayout(shown.report) : []), [shown]);
  const counts = countBySeverity(failed);
  const errors = draft?.errors ?? [];
  const dirty = changes.length > 0 || (draft === null && file !== baseFile);
  const canSave = draft !== null && errors.length === 0 && (dirty || base.kind === 'new');

  // Only when the changes could not be kept here does leaving the page lose them: say so.
  useEffect(() => {
    if (!draftError) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draftError]);

  const change = (next: ReportFile) => {
    latest.current = next;
    setFile(next);
    setSaveError(null);
    const failure = writeDraft(draftKey, next);
    setDraftError(failure ? m.text(failure) : null);
  };

  const onCells = (cells: readonly EditedCell[]) => change(setCells(latest.current, cells));

  const details: DetailsValues = {
    agency: asText(valueAt(file, 'agency.name')),
    region: asText(valueAt(file, 'agency.region')),
    level: asText(valueAt(file, 'agency.level')),
    year: asText(valueAt(file, 'year')),
    publishedOn: asText(valueAt(file, 'publishedOn')),
    title: asText(valueAt(file, 'title')),
  };
  const fieldErrors: Partial<Record<DetailsField, string>> = {};
  for (const error of errors) {
    const field = (Object.keys(fieldPaths) as DetailsField[]).find(
      (f) => fieldPaths[f] === error.path,
    );
    if (field) fieldErrors[field] = m.text(error);
  }

  const discard = () => {
    if (typeof window.confirm === 'function' && !window.confirm(m.discardConfirm)) return;
    removeDraft(draftKey);
    latest.current = baseFile;
    setFile(baseFile);
    setRestored(null);
    setDraftError(null);
    setGeneration((g) => g + 1);
  };

  const save = async () => {
    if (!draft || !canSave) return;
    setSaving(true);
    const result = await saveEdit(file, base, builtinIds);
    setSaving(false);
    if (!result.ok) {
      setSaveError(m.text(result.message));
      return;
    }
    removeDraft(draftKey);
    onSaved(result.id, result.n);
  };

  return (
    <div className="editor">
      <h1>{heading}</h1>
      {intro}
      {restored && dirty ? (
        <p className="card editor-note" role="status">
          {m.draftRestored(restored.slice(0, 16).replace('T', ' '))}
        </p>
      ) : null}
      <div className="editor-bar" role="group" aria-label={m.checks}>
        <p
          className={`editor-checks ${counts.error > 0 ? 'has-errors' : 'passed'}`}
          role="status"
          aria-live="polite"
        >
          <strong>{m.checks}</strong>{' '}
          {failed.length === 0 ? m.checksPassed : m.checksSummary(counts.error, counts.warning)}
        </p>
        <p className="editor-dirty muted">{dirty ? m.unsaved(changes.length) : m.noChanges}</p>
        {focused ? (
          <p className="editor-cell">
            <strong>{focused.label}</strong>
            {focused.notes.map((n, i) => (
              <span key={i} className={`editor-cell-note severity-${n.severity}`}>
                {m.grid.severity[n.severity]}：{n.message}
              </span>
            ))}
          </p>
        ) : null}
        <div className="editor-actions">
          <button
            type="button"
            className="primary"
            disabled={!canSave || saving}
            onClick={() => void save()}
          >
            {saving ? m.saving : saveLabel}
          </button>
          {dirty ? (
            <button type="button" onClick={discard}>
              {m.discard}
            </button>
          ) : null}
          {shown ? <EditorDownloads loaded={shown} file={file} messages={m} /> : null}
          {links}
        </div>
      </div>
      {draftError ? (
        <p className="save-error" role="alert">
          {draftError}
        </p>
      ) : null}
      {saveError ? (
        <p className="save-error" role="alert">
          {m.saveFailed}
          {saveError}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p className="save-error" role="alert">
          {m.cannotSave}
          {errors.map((e) => m.text(e)).join('；')}
        </p>
      ) : null}
      <DetailsFields
        values={details}
        errors={fieldErrors}
        onChange={(field, text) =>
          change(setAt(latest.current, fieldPaths[field], fieldValue(field, text)))
        }
        messages={m}
      />
      <p className="muted editor-keys">{m.grid.keysHint}</p>
      {tables.map((table) => (
        <TableEditor
          key={table.key}
          table={table}
          notes={notes}
          changed={changedCells}
          onChange={onCells}
          onFocusCell={setFocused}
          messages={{ ...m.grid, lang: m.lang, locale: m.locale, text: m.text }}
        />
      ))}
      <EditorFindings findings={failed} messages={m} />
      <TextFields
        key={generation}
        sections={textSectionKeys.map((key) => ({
          key,
          label: m.text(sectionLabels[key]),
          paragraphs: shown?.report.sections[key].paragraphs ?? [],
        }))}
        onChange={(key, paragraphs) =>
          change(setAt(latest.current, `sections.${key}.paragraphs`, paragraphs))
        }
        messages={m}
      />
    </div>
  );
}
