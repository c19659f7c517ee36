import { create } from 'zustand';
import type { Finding } from '../checks/finding.ts';
import { reportId } from '../importer/extractors/report-id.ts';
import { loadReport } from '../load/load-report.ts';
import type { Label } from '../report/label.ts';
import type { ValidationError } from '../report/parse-report.ts';
import { diffReports } from '../report/report-diff.ts';
import type { ReportIndexEntry } from '../report/report-index.ts';
import type { Report, ReportFile } from '../report/report-schema.ts';
import { useSavedReports } from './saved-reports-store.ts';
import { takenIds, uniqueId } from './saved-reports-writes.ts';
import { cannotRead } from './saved-reports-db.ts';
import { describeStorageError } from './storage-error.ts';
import {
  commitVersion,
  readVersions,
  type VersionOrigin,
  type VersionRecord,
} from './versions-db.ts';

// The versions of the reports edited in this browser, read when a page asks, and the saving of
// an edit: a built-in report is never changed (its edit is saved as a copy, whose version 1 is
// the built-in file), a saved one gets a new version, a new one its first.

export type VersionEntry =
  | {
      readonly status: 'ok';
      readonly n: number;
      readonly savedAt: string;
      readonly origin: VersionOrigin;
      readonly restoredFrom?: number;
      readonly file: ReportFile;
      readonly report: Report;
      readonly findings: readonly Finding[];
    }
  | {
      /** A stored version that no longer loads: shown, and its content downloadable. */
      readonly status: 'damaged';
      readonly n: number;
      readonly raw: unknown;
      readonly errors: readonly ValidationError[];
    };

type Versions =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly versions: readonly VersionEntry[] }
  | { readonly status: 'error'; readonly message: Label };

/** What an edit was made from. */
export type EditBase =
  | { readonly kind: 'builtin'; readonly entry: ReportIndexEntry; readonly file: ReportFile }
  | { readonly kind: 'saved'; readonly id: string }
  | { readonly kind: 'new' };

export type EditSaved =
  | { readonly ok: true; readonly id: string; readonly n: number }
  | { readonly ok: false; readonly message: Label };

interface VersionsState {
  byReport: Record<string, Versions | undefined>;
  /** Reads a report's versions; `current` is the report as stored, if it is. */
  loadVersions: (id: string, current?: { file: ReportFile; savedAt: string }) => Promise<void>;
  saveEdit: (
    file: ReportFile,
    base: EditBase,
    builtinIds: readonly string[],
    restoredFrom?: number,
  ) => Promise<EditSaved>;
}

/** Two files are the same report when no cell, field or text differs (whatever their keys' order). */
export function sameReport(a: unknown, b: unknown): boolean {
  const [x, y] = [loadReport(a), loadReport(b)];
  return x.ok && y.ok ? diffReports(x.report, y.report).length === 0 : false;
}

function readVersion(record: unknown): VersionEntry {
  const v = (typeof record === 'object' && record !== null ? record : {}) as Partial<VersionRecord>;
  const n = typeof v.n === 'number' ? v.n : 0;
  const loaded = loadReport(v.file);
  if (!loaded.ok) return { status: 'damaged', n, raw: record, errors: loaded.errors };
  return {
    status: 'ok',
    n,
    savedAt: String(v.savedAt ?? ''),
    origin: v.origin ?? 'edit',
    ...(v.restoredFrom ? { restoredFrom: v.restoredFrom } : {}),
    file: v.file as ReportFile,
    report: loaded.report,
    findings: loaded.findings,
  };
}

/**
 * The versions as the reader sees them: those stored, and the report as stored when no stored
 * version holds it (an import never edited, or imported over an edited one).
 */
export function listVersions(
  stored: readonly unknown[],
  current?: { file: ReportFile; savedAt: string },
): VersionEntry[] {
  const versions = stored.map(readVersion);
  const last = versions.at(-1);
  if (!current) return versions;
  const held = last?.status === 'ok' && sameReport(last.file, current.file);
  if (held) return versions;
  const entry = readVersion({
    n: (last?.n ?? 0) + 1,
    file: current.file,
    savedAt: current.savedAt,
    origin: 'import',
  });
  return [...versions, entry];
}

export const useVersions = create<VersionsState>()((set, get) => ({
  byReport: {},
  loadVersions: async (id, current) => {
    set((s) => ({
      // A reload keeps the list on show; only the first read says it is loading.
      byReport: s.byReport[id] ? s.byReport : { ...s.byReport, [id]: { status: 'loading' } },
    }));
    let versions: Versions;
    try {
      versions = { status: 'ready', versions: listVersions(await readVersions(id), current) };
    } catch (error) {
      versions = { status: 'error', message: cannotRead(error) };
    }
    set((s) => ({ byReport: { ...s.byReport, [id]: versions } }));
  },
  saveEdit: async (file, base, builtinIds, restoredFrom) => {
    const taken = takenIds(builtinIds);
    const savedAt = new Date().toISOString();
    const saved = useSavedReports.getState().saved;
    const stored =
      base.kind === 'saved' && saved?.status === 'ready'
        ? saved.entries.find((e) => e.status === 'ok' && e.entry.id === base.id)
        : undefined;
    const id =
      base.kind === 'builtin'
        ? uniqueId(`${base.entry.id}-edited`, taken)
        : base.kind === 'saved'
          ? base.id
          : uniqueId(reportId('', file.agency.name, file.year), taken);
    const record = {
      id,
      file: { ...file, id },
      fileName:
        stored?.status === 'ok'
          ? stored.fileName
          : base.kind === 'builtin'
            ? base.entry.file
            : `${id}.json`,
      format: stored?.status === 'ok' ? stored.format : base.kind === 'builtin' ? 'edited' : 'new',
      savedAt,
    };
    let n: number;
    try {
      n = await commitVersion({
        record,
        origin: restoredFrom ? 'restore' : base.kind === 'new' ? 'new' : 'edit',
        ...(restoredFrom ? { restoredFrom } : {}),
        ...(base.kind === 'builtin' ? { original: { file: base.file, origin: 'builtin' } } : {}),
        same: sameReport,
      });
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
    await useSavedReports.getState().loadSaved(true);
    await get().loadVersions(id, { file: record.file, savedAt });
    return { ok: true, id, n };
  },
}));
