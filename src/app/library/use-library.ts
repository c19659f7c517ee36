import { useEffect } from 'react';
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

  return sharedLibraryState(index, builtin, reports, saved);
}

type ReportsState = ReturnType<typeof useReports.getState>;
type SavedState = ReturnType<typeof useSavedReports.getState>;

type Loaded = ReportsState['reports'][string] | undefined;

let last: {
  index: ReportsState['index'];
  builtin: readonly ReportIndexEntry[];
  /** The built-in reports as loaded (all the library reads of the loaded reports). */
  loaded: readonly Loaded[];
  saved: SavedState['saved'];
  state: LibraryState;
} | null = null;

const retry = () => void useReports.getState().loadIndex(true);
const NONE: readonly ReportIndexEntry[] = [];

/**
 * The library of the loaded reports, one for the app: each page across reports that is opened,
 * and the warm-up (loadLibrary), gets the same library while its reports are the same, so the
 * dataset's worker is not given it again (and its table not built again) at every visit. A
 * report shown that is not built in (a dataset's, an import) changes nothing here.
 */
function sharedLibraryState(
  index: ReportsState['index'],
  builtin: readonly ReportIndexEntry[],
  reports: ReportsState['reports'],
  saved: SavedState['saved'],
): LibraryState {
  // No list yet: the same empty one each time, not a new one each render.
  if (builtin.length === 0) builtin = NONE;
  const loaded = builtin.map((entry) => reports[entry.id]);
  if (
    !last ||
    last.index !== index ||
    last.builtin !== builtin ||
    last.saved !== saved ||
    last.loaded.some((report, i) => report !== loaded[i])
  ) {
    last = {
      index,
      builtin,
      loaded,
      saved,
      state: libraryState(index, builtin, reports, saved, retry),
    };
  }
  return last.state;
}

/**
 * Loads every report the library is built of, outside React (ahead of a visit, while the app
 * is idle), and resolves with the library's state once it is not loading: the state the pages
 * across reports are then drawn with at once.
 */
export function loadLibrary(): Promise<LibraryState> {
  void useReports.getState().loadIndex();
  void useSavedReports.getState().loadSaved();
  return new Promise((resolve) => {
    let done = false;
    const stops: (() => void)[] = [];
    const check = () => {
      if (done) return;
      const { index, reports, loadReport } = useReports.getState();
      const builtin = index?.status === 'ready' ? index.data.reports : [];
      // Each starts once (a report loading or loaded is not asked for again).
      for (const entry of builtin) if (!reports[entry.id]) void loadReport(entry);
      const state = sharedLibraryState(
        useReports.getState().index,
        builtin,
        useReports.getState().reports,
        useSavedReports.getState().saved,
      );
      if (state.status === 'loading') return;
      done = true;
      for (const stop of stops) stop();
      resolve(state);
    };
    stops.push(useReports.subscribe(check), useSavedReports.subscribe(check));
    check();
  });
}

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
