import { create } from 'zustand';
import { loadReport } from '../load/load-report.ts';
import type { Label } from '../report/label.ts';
import type { ValidationError } from '../report/parse-report.ts';
import type { ReportIndexEntry } from '../report/report-index.ts';
import type { ReportFile } from '../report/report-schema.ts';
import type { OpenReport } from './reports-store.ts';
import type { SavedRecord } from './saved-reports-db.ts';

// IndexedDB's code loads when the store first reads, not with the first page.
const database = () => import('./saved-reports-db.ts');

/** A stored report that loads: ready to show (see OpenReport), with its file as stored. */
export interface SavedReport extends OpenReport {
  readonly status: 'ok';
  readonly file: ReportFile;
  readonly fileName: string;
  /** How it came: the import's format (`text`, `html`…), `edited` (a built-in report's copy), `new`. */
  readonly format: string;
  readonly savedAt: string;
}

export type SavedEntry =
  | SavedReport
  | {
      /** A stored record that no longer validates: shown, downloadable, deletable. */
      readonly status: 'damaged';
      readonly id: string;
      readonly raw: unknown;
      readonly errors: readonly ValidationError[];
    };

interface SavedState {
  saved:
    | { status: 'loading' }
    | { status: 'ready'; entries: readonly SavedEntry[] }
    | { status: 'error'; message: Label }
    | undefined;
  /** Reads every stored report (again, with `force`); writes are in saved-reports-writes.ts. */
  loadSaved: (force?: boolean) => Promise<void>;
}

export function toEntry(file: ReportFile, fileName: string): ReportIndexEntry {
  return {
    id: file.id,
    agency: file.agency.name,
    year: file.year,
    template: file.template,
    file: fileName,
  };
}

export function readRecord(record: unknown): SavedEntry {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Partial<SavedRecord>;
  const id = typeof r.id === 'string' ? r.id : '?';
  const loaded = loadReport(r.file);
  if (!loaded.ok) return { status: 'damaged', id, raw: record, errors: loaded.errors };
  const file = r.file as ReportFile;
  if (file.id !== id) {
    return {
      status: 'damaged',
      id,
      raw: record,
      errors: [
        {
          path: 'id',
          zh: `存储的键 ${id} 与报告 id ${file.id} 不一致`,
          en: `The stored key ${id} differs from the report id ${file.id}`,
        },
      ],
    };
  }
  const fileName = typeof r.fileName === 'string' ? r.fileName : `${id}.json`;
  return {
    status: 'ok',
    entry: toEntry(file, fileName),
    report: loaded.report,
    findings: loaded.findings,
    file,
    fileName,
    format: String(r.format ?? ''),
    savedAt: String(r.savedAt ?? ''),
  };
}

export const useSavedReports = create<SavedState>()((set, get) => ({
  saved: undefined,
  loadSaved: async (force = false) => {
    if (!force && get().saved) return;
    // Read again, the list stays on show until the new one is here (an open report stays open).
    if (get().saved?.status !== 'ready') set({ saved: { status: 'loading' } });
    try {
      const records = await (await database()).readAllSaved();
      set({ saved: { status: 'ready', entries: records.map(readRecord) } });
    } catch (error) {
      set({ saved: { status: 'error', message: (await database()).cannotRead(error) } });
    }
  },
}));
