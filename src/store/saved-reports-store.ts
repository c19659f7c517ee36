import { create } from 'zustand';
import { loadReport } from '../load/load-report.ts';
import type { Label } from '../report/label.ts';
import type { ValidationError } from '../report/parse-report.ts';
import type { ReportIndexEntry } from '../report/report-index.ts';
import type { ReportFile } from '../report/report-schema.ts';
import type { OpenReport } from './reports-store.ts';
import type { SavedRecord } from './saved-reports-db.ts';

// IndexedDB's code loads when the store first reads or writes, not with the first page.
const database = () => import('./saved-reports-db.ts');

/** A stored report that loads: ready to show (see OpenReport), with its file as stored. */
export interface SavedReport extends OpenReport {
  readonly status: 'ok';
  readonly file: ReportFile;
  readonly fileName: string;
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

export interface ToSave {
  readonly file: ReportFile;
  readonly fileName: string;
  readonly format: string;
  /** The id of a saved report this one replaces (the user chose to); it keeps that id. */
  readonly replaces?: string;
}

type SaveResult =
  | { readonly ok: true; readonly ids: readonly string[] }
  | { readonly ok: false; readonly message: Label };

interface SavedState {
  saved:
    | { status: 'loading' }
    | { status: 'ready'; entries: readonly SavedEntry[] }
    | { status: 'error'; message: Label }
    | undefined;
  loadSaved: (force?: boolean) => Promise<void>;
  save: (items: readonly ToSave[], takenIds: readonly string[]) => Promise<SaveResult>;
  remove: (id: string) => Promise<SaveResult>;
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
    savedAt: String(r.savedAt ?? ''),
  };
}

/** `id`, or `id-2`, `id-3`… : an import never replaces a report that is already there. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

const idOf = (e: SavedEntry) => (e.status === 'ok' ? e.entry.id : e.id);

export const useSavedReports = create<SavedState>()((set, get) => ({
  saved: undefined,
  loadSaved: async (force = false) => {
    if (!force && get().saved) return;
    set({ saved: { status: 'loading' } });
    try {
      const records = await (await database()).readAllSaved();
      set({ saved: { status: 'ready', entries: records.map(readRecord) } });
    } catch (error) {
      set({ saved: { status: 'error', message: (await database()).describeStorageError(error) } });
    }
  },
  save: async (items, takenIds) => {
    const current = get().saved;
    const taken = new Set([
      ...takenIds,
      ...(current?.status === 'ready' ? current.entries.map(idOf) : []),
    ]);
    const savedAt = new Date().toISOString();
    const records: SavedRecord[] = items.map((item) => {
      const id = item.replaces ?? uniqueId(item.file.id, taken);
      taken.add(id);
      return {
        id,
        file: { ...item.file, id },
        fileName: item.fileName,
        format: item.format,
        savedAt,
      };
    });
    try {
      await (await database()).putSaved(records);
    } catch (error) {
      return { ok: false, message: (await database()).describeStorageError(error) };
    }
    await get().loadSaved(true);
    return { ok: true, ids: records.map((r) => r.id) };
  },
  remove: async (id) => {
    try {
      await (await database()).deleteSaved(id);
    } catch (error) {
      return { ok: false, message: (await database()).describeStorageError(error) };
    }
    await get().loadSaved(true);
    return { ok: true, ids: [id] };
  },
}));
