import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { toReportFile } from '../../export/report-file.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { editorMessages } from '../../i18n/editor-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { draftKey } from '../../store/drafts.ts';
import { useReports } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { useVersions, type EditBase } from '../../store/versions-store.ts';
import { ReportEditor } from '../editor/report-editor.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { pathTo } from '../paths.ts';
import { useOpenReport } from '../use-open-report.ts';

/**
 * `reports/:reportId/edit`: the report as a form. A built-in report is saved as an edited
 * copy in this browser (`<id>-edited`, marked "已编辑" in the switcher); a saved one gets a
 * new version.
 */
export function EditRoute() {
  const { entry, report } = useOpenReport();
  const m = useMessages(editorMessages);
  const app = useMessages(appMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const index = useReports((s) => s.index);
  const saved = useSavedReports((s) => s.saved);
  const loadVersions = useVersions((s) => s.loadVersions);
  const versions = useVersions((s) => s.byReport[entry.id]);
  useDocumentTitle(
    `${m.editTitle} · ${report.agency.name} ${app.yearSuffix(report.year)} · ${app.appName}`,
  );

  const builtinIds = index?.status === 'ready' ? index.data.reports.map((r) => r.id) : [];
  const builtin = builtinIds.includes(entry.id);
  const entries = saved?.status === 'ready' ? saved.entries : [];
  const stored = entries.find((e) => e.status === 'ok' && e.entry.id === entry.id);
  const copies = builtin
    ? entries.flatMap((e) =>
        e.status === 'ok' && e.format === 'edited' && e.entry.id.startsWith(`${entry.id}-edited`)
          ? [e.entry]
          : [],
      )
    : [];
  const baseFile = useMemo(() => toReportFile(report), [report]);
  const base: EditBase = builtin
    ? { kind: 'builtin', entry, file: baseFile }
    : { kind: 'saved', id: entry.id };

  useEffect(() => {
    if (stored?.status === 'ok') {
      void loadVersions(entry.id, { file: stored.file, savedAt: stored.savedAt });
    }
  }, [entry.id, stored, loadVersions]);

  const count = versions?.status === 'ready' ? versions.versions.length : null;
  const justSaved = Number(params.get('saved')) || null;
  const versionsLink = pathTo({ page: 'report', reportId: entry.id, section: 'versions' });

  return (
    <ReportEditor
      key={`${entry.id} ${stored?.status === 'ok' ? stored.savedAt : ''}`}
      heading={m.editTitle}
      intro={
        <>
          {justSaved ? (
            <p className="card editor-note" role="status">
              {m.saved(justSaved)}
            </p>
          ) : null}
          <p className="editor-intro">
            {builtin ? m.builtinNote(report.agency.name) : count ? m.savedNote(count) : null}
          </p>
          {copies.length > 0 ? (
            <p className="editor-intro">
              {m.copiesExist}
              {copies.map((c) => (
                <Link key={c.id} to={pathTo({ page: 'report', reportId: c.id, section: 'edit' })}>
                  {c.id}
                </Link>
              ))}
            </p>
          ) : null}
        </>
      }
      baseFile={baseFile}
      base={base}
      builtinIds={builtinIds}
      draftKey={draftKey.edit(entry.id)}
      saveLabel={builtin ? m.saveCopy : m.save}
      onSaved={(id, n) =>
        navigate(
          pathTo({ page: 'report', reportId: id, section: 'edit', query: { saved: String(n) } }),
        )
      }
      links={
        <>
          <Link to={pathTo({ page: 'report', reportId: entry.id })}>{m.openReport}</Link>
          {builtin ? null : (
            <Link to={versionsLink}>
              {m.versionsLink}
              {count ? ` (${count})` : ''}
            </Link>
          )}
        </>
      }
    />
  );
}
