import { useEffect } from 'react';
import type { ReportIndexEntry } from '../../report/report-index.ts';
import { useReports } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';

/**
 * The report called `reportId`: one of index.json's, or one the user imported (kept in the
 * browser). Starts loading it; `pending` while either list is still being read.
 */
export function useReportEntry(reportId: string): {
  entry: ReportIndexEntry | undefined;
  pending: boolean;
} {
  const index = useReports((s) => s.index);
  const loadReport = useReports((s) => s.loadReport);
  const showReport = useReports((s) => s.showReport);
  const saved = useSavedReports((s) => s.saved);
  const loadSaved = useSavedReports((s) => s.loadSaved);
  // A report handed to the store from elsewhere (a dataset's row, read in its worker).
  const shown = useReports((s) => s.reports[reportId]);

  const builtin =
    index?.status === 'ready' ? index.data.reports.find((r) => r.id === reportId) : undefined;
  const imported =
    saved?.status === 'ready'
      ? saved.entries.find((e) => e.status === 'ok' && e.entry.id === reportId)
      : undefined;

  // Not one of index.json's (or the list is still on its way): perhaps one saved here. A
  // built-in report's page has no need of the browser's storage, and does not read it.
  const elsewhere = index?.status !== 'ready' || !builtin;
  useEffect(() => {
    if (elsewhere) void loadSaved();
  }, [elsewhere, loadSaved]);

  useEffect(() => {
    if (builtin) void loadReport(builtin);
    else if (imported?.status === 'ok') showReport(imported);
  }, [builtin, imported, loadReport, showReport]);

  const entry =
    builtin ??
    (imported?.status === 'ok' ? imported.entry : undefined) ??
    (shown?.status === 'ready' ? shown.data.entry : undefined);
  const pending = !entry && (saved === undefined || saved.status === 'loading');
  return { entry, pending };
}

/** Every report that can be opened: index.json's, then the imported ones (with when saved). */
export function useAllReportEntries(): {
  builtin: ReportIndexEntry[];
  imported: (ReportIndexEntry & { savedAt: string; edited: boolean })[];
} {
  const index = useReports((s) => s.index);
  const saved = useSavedReports((s) => s.saved);
  const builtin = index?.status === 'ready' ? index.data.reports : [];
  const imported =
    saved?.status === 'ready'
      ? saved.entries.flatMap((e) =>
          e.status === 'ok'
            ? [{ ...e.entry, savedAt: e.savedAt, edited: e.format === 'edited' }]
            : [],
        )
      : [];
  return { builtin, imported };
}
