import { ofReport } from './report-keys.ts';
import type { Label } from '../report/label.ts';
import type { ReportFile } from '../report/report-schema.ts';
import { describeStorageError } from './storage-error.ts';
import { done, openDb, STORES, type SavedRecord } from './saved-reports-db.ts';
import { useSavedReports, type SavedEntry } from './saved-reports-store.ts';
import type { VersionRecord } from './versions-db.ts';

// Writing saved reports: only the pages that write load this (the first page only reads).

export interface ToSave {
  readonly file: ReportFile;
  readonly fileName: string;
  readonly format: string;
  /** The id of a saved report this one replaces (the user chose to); it keeps that id. */
  readonly replaces?: string;
  /** The report as read, when cells were corrected before saving: kept as version 1. */
  readonly original?: ReportFile;
}

export type SaveResult =
  | { readonly ok: true; readonly ids: readonly string[] }
  | { readonly ok: false; readonly message: Label };

/** Stores all the records, and these versions, in one transaction: all of them, or none. */
export async function putSaved(
  records: readonly SavedRecord[],
  versions: readonly VersionRecord[] = [],
): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(['reports', 'versions'], 'readwrite');
  const finished = done(tx);
  try {
    for (const record of records) tx.objectStore('reports').put(record);
    for (const version of versions) tx.objectStore('versions').put(version);
  } catch (error) {
    // A put that throws would otherwise let the earlier ones commit: abort them all.
    tx.abort();
    await finished.catch(() => undefined);
    throw error;
  }
  await finished;
}

/** Deletes a report with its versions and the decisions about its findings, in one go. */
export async function deleteSaved(id: string): Promise<void> {
  const db = await openDb();
  const names = Object.keys(STORES);
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) tx.objectStore(name).delete(name === 'reports' ? id : ofReport(id));
  await done(tx);
}

/** `id`, or `id-2`, `id-3`… : an import never replaces a report that is already there. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

export const idOf = (e: SavedEntry) => (e.status === 'ok' ? e.entry.id : e.id);

/** The ids in use: the built-in reports' and every saved one's. */
export function takenIds(builtinIds: readonly string[]): Set<string> {
  const current = useSavedReports.getState().saved;
  return new Set([
    ...builtinIds,
    ...(current?.status === 'ready' ? current.entries.map(idOf) : []),
  ]);
}

/**
 * Saves the items beside the reports `builtinIds` names, in one transaction, then reads the
 * list again. An item corrected before saving keeps the report as read as its version 1.
 */
export async function saveReports(
  items: readonly ToSave[],
  builtinIds: readonly string[],
): Promise<SaveResult> {
  const taken = takenIds(builtinIds);
  const savedAt = new Date().toISOString();
  const versions: VersionRecord[] = [];
  const records: SavedRecord[] = items.map((item) => {
    const id = item.replaces ?? uniqueId(item.file.id, taken);
    taken.add(id);
    const file = { ...item.file, id };
    if (item.original && !item.replaces) {
      versions.push(
        { reportId: id, n: 1, file: { ...item.original, id }, savedAt, origin: 'import' },
        { reportId: id, n: 2, file, savedAt, origin: 'edit' },
      );
    }
    return { id, file, fileName: item.fileName, format: item.format, savedAt };
  });
  try {
    await putSaved(records, versions);
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  await useSavedReports.getState().loadSaved(true);
  return { ok: true, ids: records.map((r) => r.id) };
}

/** Deletes a saved report, its versions and decisions, then reads the list again. */
export async function removeReport(id: string): Promise<SaveResult> {
  try {
    await deleteSaved(id);
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
  await useSavedReports.getState().loadSaved(true);
  return { ok: true, ids: [id] };
}
