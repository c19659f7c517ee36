import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { runChecks } from '../checks/run-checks.ts';
import type { Finding } from '../checks/finding.ts';
import { formatPath, parseReportText, type ValidationError } from '../report/parse-report.ts';
import {
  reportIndexSchema,
  type ReportIndex,
  type ReportIndexEntry,
} from '../report/report-index.ts';
import type { Report } from '../report/report-schema.ts';

export interface LoadedReport {
  readonly entry: ReportIndexEntry;
  readonly report: Report;
  readonly findings: readonly Finding[];
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
  reports: Record<string, Loadable<LoadedReport> | undefined>;
  loadIndex: (force?: boolean) => Promise<void>;
  loadReport: (entry: ReportIndexEntry, force?: boolean) => Promise<void>;
  /** A report whose file is already at hand (an imported one, from the browser's storage). */
  showReport: (entry: ReportIndexEntry, file: unknown) => void;
}

export type Fetcher = (file: string) => Promise<string>;

const failure = (file: string, zh: string, en: string, retryable: boolean): LoadFailure => ({
  file,
  errors: [{ path: '', zh, en }],
  retryable,
});

export function parseIndex(text: string): Loadable<ReportIndex> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return {
      status: 'error',
      failure: failure(
        'index.json',
        '报告列表不是有效的 JSON',
        'The report list is not valid JSON',
        false,
      ),
    };
  }
  const index = reportIndexSchema.safeParse(json);
  if (index.success) return { status: 'ready', data: index.data };
  return {
    status: 'error',
    failure: {
      file: 'index.json',
      retryable: false,
      errors: index.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        zh: `报告列表格式不正确：${issue.message}`,
        en: `The report list is malformed: ${issue.message}`,
      })),
    },
  };
}

export function parseLoadedReport(entry: ReportIndexEntry, text: string): Loadable<LoadedReport> {
  const parsed = parseReportText(text);
  if (!parsed.ok)
    return {
      status: 'error',
      failure: { file: entry.file, errors: parsed.errors, retryable: false },
    };
  return {
    status: 'ready',
    data: { entry, report: parsed.report, findings: runChecks(parsed.report) },
  };
}

const httpFetcher: Fetcher = async (file) => {
  const response = await fetch(`${import.meta.env.BASE_URL}data/reports/${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/** Loaded report data: what cannot be derived. Findings are computed once, when loaded. */
export function createReportsStore(fetchText: Fetcher = httpFetcher) {
  const api = createStore<ReportsState>()((set, get) => ({
    index: undefined,
    reports: {},
    loadIndex: async (force = false) => {
      const current = get().index;
      if (!force && current) return;
      set({ index: { status: 'loading' } });
      try {
        set({ index: parseIndex(await fetchText('index.json')) });
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
    showReport: (entry, file) => {
      const current = get().reports[entry.id];
      if (current?.status === 'ready' && current.data.entry === entry) return;
      set((s) => ({
        reports: { ...s.reports, [entry.id]: parseLoadedReport(entry, JSON.stringify(file)) },
      }));
    },
    loadReport: async (entry, force = false) => {
      const current = get().reports[entry.id];
      if (!force && current) return;
      set((s) => ({ reports: { ...s.reports, [entry.id]: { status: 'loading' } } }));
      let result: Loadable<LoadedReport>;
      try {
        result = parseLoadedReport(entry, await fetchText(entry.file));
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
