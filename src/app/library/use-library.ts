import { useEffect, useMemo } from 'react';
import { buildLibrary, type Library, type LibraryInput } from '../../library/library.ts';
import type { Label } from '../../report/label.ts';
import type { ReportIndexEntry } from '../../report/report-index.ts';
import { useReports, type LoadFailure } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { useAllReportEntries } from '../layout/use-report-entry.ts';

export type LibraryState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly failure: LoadFailure; readonly retry: () => void }
  | {
      readonly status: 'ready';
      readonly library: Library;
      /** Built-in reports that could not be loaded, each with why. */
      readonly failures: readonly { entry: ReportIndexEntry; failure: LoadFailure }[];
      /** Why the reports saved in this browser could not be read, if they could not. */
      readonly savedError?: Label;
      /**
       * Every report there is was read: none failed, built in or saved (a damaged saved one
       * too). Only then is a finding across years not found one that has gone away.
       */
      readonly complete: boolean;
    };

/**
 * Every report the app has, built in and saved in this browser, loaded, with what holds
 * across them. Opening a page that needs it loads every built-in report (each is a few
 * kilobytes); the library itself is derived, not stored.
 */
export function useLibrary(): LibraryState {
  const index = useReports((s) => s.index);
  const reports = useReports((s) => s.reports);
  const loadIndex = useReports((s) => s.loadIndex);
  const loadReport = useReports((s) => s.loadReport);
  const saved = useSavedReports((s) => s.saved);
  const loadSaved = useSavedReports((s) => s.loadSaved);

  useEffect(() => {
    void loadIndex();
    void loadSaved();
  }, [loadIndex, loadSaved]);

  const { builtin } = useAllReportEntries();
  useEffect(() => {
    for (const entry of builtin) void loadReport(entry);
  }, [builtin, loadReport]);

  return useMemo(
    () => libraryState(index, builtin, reports, saved, () => void loadIndex(true)),
    [index, builtin, reports, saved, loadIndex],
  );
}

type ReportsState = ReturnType<typeof useReports.getState>;
type SavedState = ReturnType<typeof useSavedReports.getState>;

/** The library of these loaded reports (exported for its tests). */
export function libraryState(
  index: ReportsState['index'],
  builtin: readonly ReportIndexEntry[],
  reports: ReportsState['reports'],
  saved: SavedState['saved'],
  retry: () => void,
): LibraryState {
  if (!index || index.status === 'loading') return { status: 'loading' };
  if (index.status === 'error') {
    return { status: 'error', failure: index.failure, retry };
  }
  if (!saved || saved.status === 'loading') return { status: 'loading' };
  const inputs: LibraryInput[] = [];
  const failures: { entry: ReportIndexEntry; failure: LoadFailure }[] = [];
  for (const entry of builtin) {
    const loadable = reports[entry.id];
    if (!loadable || loadable.status === 'loading') return { status: 'loading' };
    if (loadable.status === 'error') failures.push({ entry, failure: loadable.failure });
    else
      inputs.push({
        report: loadable.data.report,
        findings: loadable.data.findings,
        origin: 'builtin',
      });
  }
  const builtinIds = new Set(builtin.map((r) => r.id));
  let complete = failures.length === 0 && saved.status === 'ready';
  if (saved.status === 'ready') {
    for (const entry of saved.entries) {
      if (entry.status !== 'ok') complete = false;
      else if (!builtinIds.has(entry.entry.id)) {
        inputs.push({ report: entry.report, findings: entry.findings, origin: 'saved' });
      }
    }
  }
  return {
    status: 'ready',
    library: buildLibrary(inputs),
    failures,
    ...(saved.status === 'error' ? { savedError: saved.message } : {}),
    complete,
  };
}
