import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { LoadedReport } from '../load/load-report.ts';
import { loadReportText } from '../load/load-report.ts';
import type { ValidationError } from '../report/parse-report.ts';
import { parseIndex, type ReportIndex, type ReportIndexEntry } from '../report/report-index.ts';

/** A report the app shows: its entry in a list, and the report loaded with its findings. */
export interface OpenReport extends LoadedReport {
  readonly entry: ReportIndexEntry;
}

/** Something that could not be loaded: which file, and each problem with its JSON path. */
export interface LoadFailure {
  readonly file: string;
  readonly errors: readonly ValidationError[];
  /** A network failure can be retried; a report that fails validation cannot. */
  readonly retryable: boolean;
}

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly failure: LoadFailure };

interface ReportsState {
  index: Loadable<ReportIndex> | undefined;
  reports: Record<string, Loadable<OpenReport> | undefined>;
  loadIndex: (force?: boolean) => Promise<void>;
  loadReport: (entry: ReportIndexEntry, force?: boolean) => Promise<void>;
  /** A report loaded elsewhere (an imported one, from the browser's storage). */
  showReport: (report: OpenReport) => void;
}

export type Fetcher = (file: string) => Promise<string>;

const failure = (file: string, zh: string, en: string, retryable: boolean): LoadFailure => ({
  file,
  errors: [{ path: '', zh, en }],
  retryable,
});

/** The report list's text as the store holds it. */
export function indexState(text: string): Loadable<ReportIndex> {
  const read = parseIndex(text);
  if (read.ok) return { status: 'ready', data: read.index };
  return {
    status: 'error',
    failure: { file: 'index.json', errors: read.errors, retryable: false },
  };
}

/** A report file's text as the store holds it. */
export function reportState(entry: ReportIndexEntry, text: string): Loadable<OpenReport> {
  const loaded = loadReportText(text);
  if (!loaded.ok) {
    return {
      status: 'error',
      failure: { file: entry.file, errors: loaded.errors, retryable: false },
    };
  }
  return { status: 'ready', data: { entry, report: loaded.report, findings: loaded.findings } };
}

const httpFetcher: Fetcher = async (file) => {
  const response = await fetch(`${import.meta.env.BASE_URL}data/reports/${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/** The built-in reports (index.json's), fetched when first wanted; imported ones are shown here too. */
export function createReportsStore(fetchText: Fetcher = httpFetcher) {
  const api = createStore<ReportsState>()((set, get) => ({
    index: undefined,
    reports: {},
    loadIndex: async (force = false) => {
      const current = get().index;
      if (!force && current) return;
      set({ index: { status: 'loading' } });
      try {
        set({ index: indexState(await fetchText('index.json')) });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        set({
          index: {
            status: 'error',
            failure: failure(
              'index.json',
              `无法读取报告列表：${detail}`,
              `Cannot read the report list: ${detail}`,
              true,
            ),
          },
        });
      }
    },
    showReport: (report) => {
      const current = get().reports[report.entry.id];
      if (current?.status === 'ready' && current.data === report) return;
      set((s) => ({
        reports: { ...s.reports, [report.entry.id]: { status: 'ready', data: report } },
      }));
    },
    loadReport: async (entry, force = false) => {
      const current = get().reports[entry.id];
      if (!force && current) return;
      set((s) => ({ reports: { ...s.reports, [entry.id]: { status: 'loading' } } }));
      let result: Loadable<OpenReport>;
      try {
        const text = await fetchText(entry.file);
        // Each report is read and checked in a task of its own: reports that arrive together
        // were one long task with the page drawn after them (the library's four built-in ones:
        // 72 ms in all), the page unresponsive.
        await new Promise((resolve) => setTimeout(resolve, 0));
        result = reportState(entry, text);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        result = {
          status: 'error',
          failure: failure(
            entry.file,
            `无法读取报告文件：${detail}`,
            `Cannot read the report file: ${detail}`,
            true,
          ),
        };
      }
      set((s) => ({ reports: { ...s.reports, [entry.id]: result } }));
    },
  }));
  /**
   * Like zustand's own hook, except while React takes over a prerendered page: zustand answers
   * that first render with the store's initial state (nothing loaded), but the page was drawn
   * from the loaded report, which the app fetches before it hydrates. Both answers are the
   * state as it is now, so the first render matches the page.
   */
  function useReportsStore<T>(selector: (state: ReportsState) => T): T {
    const current = () => selector(api.getState());
    return useSyncExternalStore(api.subscribe, current, current);
  }
  return Object.assign(useReportsStore, api);
}

export type ReportsStore = ReturnType<typeof createReportsStore>;
export const useReports = createReportsStore();
