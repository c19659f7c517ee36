import { useEffect, useMemo, useState } from 'react';
import { Link, useHref } from 'react-router-dom';
import { countBySeverity } from '../../checks/run-checks.ts';
import { TableEditor } from '../../components/editor/table-editor.tsx';
import { VersionList, type VersionItem } from '../../components/versions/version-list.tsx';
import { downloadText } from '../../export/download.ts';
import { toReportFile } from '../../export/report-file.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { editorMessages } from '../../i18n/editor-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { nationalLayout } from '../../report/national-layout.ts';
import { diffReports, type Change } from '../../report/report-diff.ts';
import { draftKey, readDraft } from '../../store/drafts.ts';
import { useReports } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { useVersions, type VersionEntry } from '../../store/versions-store.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { pathTo } from '../paths.ts';
import { findingNotes } from '../table-data/findings-notes.ts';
import { useOpenReport } from '../use-open-report.ts';
import { useUrlParam } from '../use-url-param.ts';
import '../editor/editor.css';

/**
 * `reports/:reportId/versions`: every version of a report kept in this browser, what each
 * changed, any of them opened (`?v=2`, read only), and one restored as a new version.
 */
export function VersionsRoute() {
  const { entry, report, findings } = useOpenReport();
  const e = useMessages(editorMessages);
  const m = { ...e.versions, lang: e.lang, locale: e.locale, text: e.text };
  const app = useMessages(appMessages);
  useDocumentTitle(
    `${m.title} · ${report.agency.name} ${app.yearSuffix(report.year)} · ${app.appName}`,
  );
  const index = useReports((s) => s.index);
  const saved = useSavedReports((s) => s.saved);
  const byReport = useVersions((s) => s.byReport[entry.id]);
  const loadVersions = useVersions((s) => s.loadVersions);
  const saveEdit = useVersions((s) => s.saveEdit);
  const [open, setOpen] = useUrlParam<string>('v', (raw) => raw ?? '', '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useHref('/');

  const builtinIds = index?.status === 'ready' ? index.data.reports.map((r) => r.id) : [];
  const builtin = index?.status === 'ready' && index.data.reports.some((r) => r.id === entry.id);
  const entries = saved?.status === 'ready' ? saved.entries : [];
  const stored = entries.find((x) => x.status === 'ok' && x.entry.id === entry.id);

  useEffect(() => {
    if (stored?.status === 'ok') {
      void loadVersions(entry.id, { file: stored.file, savedAt: stored.savedAt });
    }
  }, [entry.id, stored, loadVersions]);

  // A built-in report has one version, the file itself.
  const versions: readonly VersionEntry[] = useMemo(() => {
    if (builtin) {
      return [
        {
          status: 'ok',
          n: 1,
          savedAt: '',
          origin: 'builtin',
          file: toReportFile(report),
          report,
          findings,
        },
      ];
    }
    return byReport?.status === 'ready' ? byReport.versions : [];
  }, [builtin, byReport, report, findings]);

  const say = (c: Change, side: 'before' | 'after') =>
    c.kind === 'text' ? m.paragraphs(Number(c[side])) : c[side] === null ? '' : String(c[side]);
  const items: VersionItem[] = versions.map((v, i) => {
    if (v.status === 'damaged') {
      return { status: 'damaged', n: v.n, problems: v.errors.map((x) => `${x.path} ${m.text(x)}`) };
    }
    const previous = versions[i - 1];
    return {
      status: 'ok',
      n: v.n,
      savedAt: v.savedAt,
      origin:
        v.origin === 'restore' && v.restoredFrom
          ? m.origins.restore(v.restoredFrom)
          : v.origin === 'restore'
            ? m.origins.edit
            : m.origins[v.origin],
      current: i === versions.length - 1,
      open: open === String(v.n),
      changes:
        previous?.status === 'ok'
          ? diffReports(previous.report, v.report).map((c) => ({
              label: m.text(c.label),
              before: say(c, 'before'),
              after: say(c, 'after'),
            }))
          : null,
    };
  });

  const shown = versions.find((v) => v.status === 'ok' && String(v.n) === open);
  const shownReport = shown?.status === 'ok' ? shown.report : null;
  const shownTables = useMemo(
    () => (shownReport ? nationalLayout(shownReport) : []),
    [shownReport],
  );
  const shownFindings = useMemo(
    () => (shown?.status === 'ok' ? shown.findings.filter((f) => f.status === 'failed') : []),
    [shown],
  );
  const notes = useMemo(() => findingNotes(shownFindings, e.text), [shownFindings, e.text]);
  const counts = countBySeverity(shownFindings);

  const href = (n: number) =>
    root +
    pathTo({
      page: 'report',
      reportId: entry.id,
      section: 'versions',
      query: { v: String(n) },
    }).slice(1);

  const restore = async (n: number) => {
    const version = versions.find((v) => v.n === n);
    if (version?.status !== 'ok') return;
    if (typeof window.confirm === 'function' && !window.confirm(m.restoreConfirm(n))) return;
    setBusy(true);
    const result = await saveEdit(version.file, { kind: 'saved', id: entry.id }, builtinIds, n);
    setBusy(false);
    setStatus(
      result.ok
        ? { ok: true, text: m.restored(n, result.n) }
        : { ok: false, text: m.restoreFailed + m.text(result.message) },
    );
  };

  const download = (n: number) => {
    const version = versions.find((v) => v.n === n);
    if (!version) return;
    const content = version.status === 'ok' ? version.file : version.raw;
    downloadText(
      `${JSON.stringify(content, null, 2)}\n`,
      `${entry.id}-v${n}.json`,
      'application/json;charset=utf-8',
    );
  };

  const copies = entries.flatMap((x) =>
    x.status === 'ok' && x.format === 'edited' && x.entry.id.startsWith(`${entry.id}-edited`)
      ? [x.entry]
      : [],
  );
  const pending = !builtin && readDraft(draftKey.edit(entry.id)) !== null;

  return (
    <>
      <h1>{m.title}</h1>
      <p>{builtin ? m.builtinIntro : m.intro}</p>
      {copies.length > 0 ? (
        <p>
          {m.copies}
          {copies.map((c) => (
            <Link key={c.id} to={pathTo({ page: 'report', reportId: c.id, section: 'versions' })}>
              {c.id}
            </Link>
          ))}
        </p>
      ) : null}
      <p>
        <Link to={pathTo({ page: 'report', reportId: entry.id, section: 'edit' })}>{m.edit}</Link>
      </p>
      {pending ? <p className="card editor-note">{m.draftPending}</p> : null}
      {status ? (
        <p
          role={status.ok ? 'status' : 'alert'}
          className={status.ok ? 'card editor-note' : 'save-error'}
        >
          {status.text}
        </p>
      ) : null}
      {byReport?.status === 'error' ? (
        <p role="alert" className="save-error">
          {m.loadFailed}
          {m.text(byReport.message)}
        </p>
      ) : !builtin && byReport?.status !== 'ready' ? (
        <p role="status">{m.loading}</p>
      ) : (
        <VersionList
          items={items}
          messages={m}
          openHref={href}
          onRestore={(n) => void restore(n)}
          onDownload={download}
          busy={busy}
        />
      )}
      {shown?.status === 'ok' ? (
        <section className="version-view" aria-labelledby="version-view-title">
          <h2 id="version-view-title">{m.viewing(shown.n)}</h2>
          <p>{m.viewingFindings(counts.error, counts.warning)}</p>
          <p className="muted">{e.grid.readOnlyHint}</p>
          <button type="button" onClick={() => setOpen('')}>
            {m.close}
          </button>
          {shownTables.map((table) => (
            <TableEditor
              key={table.key}
              table={table}
              notes={notes}
              readOnly
              messages={{ ...e.grid, lang: e.lang, locale: e.locale, text: e.text }}
            />
          ))}
        </section>
      ) : null}
    </>
  );
}
