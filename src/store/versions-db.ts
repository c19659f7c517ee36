import { ofReport } from './report-keys.ts';
import { done, openDb, request, type SavedRecord } from './saved-reports-db.ts';

// Every version of a report edited in this browser, beside the report as it is now (the
// `reports` store). A save is one transaction over both stores: the new version, the version
// before it when it is not yet kept, and the report itself land together or not at all.

/** How a version came about. */
export type VersionOrigin = 'builtin' | 'import' | 'new' | 'edit' | 'restore';

/** One stored version: the report file as it was saved then. */
export interface VersionRecord {
  readonly reportId: string;
  /** 1, 2, …: version 1 is the original (the built-in file, the import, the first save). */
  readonly n: number;
  readonly file: unknown;
  readonly savedAt: string;
  readonly origin: VersionOrigin;
  /** The version a restore brought back. */
  readonly restoredFrom?: number;
}

/** Every stored version of a report, as stored (the caller validates each), oldest first. */
export async function readVersions(reportId: string): Promise<unknown[]> {
  const db = await openDb();
  const tx = db.transaction('versions', 'readonly');
  return request(tx.objectStore('versions').getAll(ofReport(reportId)));
}

export interface Commit {
  /** The report as it is to be stored now. */
  readonly record: SavedRecord;
  readonly origin: VersionOrigin;
  readonly restoredFrom?: number;
  /**
   * The version before it when the report is not stored yet (a built-in report's file, the
   * import as read before a correction): kept as version 1.
   */
  readonly original?: { readonly file: unknown; readonly origin: VersionOrigin };
  /** Whether two files are the same report (the stored one is kept as a version if not). */
  readonly same: (a: unknown, b: unknown) => boolean;
}

const isVersion = (v: unknown): v is VersionRecord =>
  typeof v === 'object' && v !== null && typeof (v as VersionRecord).n === 'number';

/**
 * Stores `record` as the report's new version, in one transaction: first the version before
 * it, if no version holds it yet (the stored report, or `original`), then the new one.
 * Resolves with the new version's number.
 */
export async function commitVersion(commit: Commit): Promise<number> {
  const db = await openDb();
  const tx = db.transaction(['reports', 'versions'], 'readwrite');
  const finished = done(tx);
  const reports = tx.objectStore('reports');
  const versions = tx.objectStore('versions');
  const id = commit.record.id;
  let number = 0;
  let failure: unknown;
  // Callbacks, not awaits, inside the transaction: it must not close between the reads and
  // the writes.
  const stored = reports.get(id);
  stored.onsuccess = () => {
    const kept = versions.getAll(ofReport(id));
    kept.onsuccess = () => {
      try {
        const list = (kept.result as unknown[]).filter(isVersion);
        const last = list.at(-1);
        let n = last?.n ?? 0;
        const current = stored.result as Partial<SavedRecord> | undefined;
        const before = current
          ? {
              file: current.file,
              // A stored report no version holds is an import (or one imported over it).
              origin: 'import' as VersionOrigin,
              savedAt: String(current.savedAt ?? commit.record.savedAt),
            }
          : commit.original
            ? { ...commit.original, savedAt: commit.record.savedAt }
            : undefined;
        if (before && !(last && commit.same(last.file, before.file))) {
          n += 1;
          versions.put({ reportId: id, n, ...before } satisfies VersionRecord);
        }
        n += 1;
        versions.put({
          reportId: id,
          n,
          file: commit.record.file,
          savedAt: commit.record.savedAt,
          origin: commit.origin,
          ...(commit.restoredFrom ? { restoredFrom: commit.restoredFrom } : {}),
        } satisfies VersionRecord);
        reports.put(commit.record);
        number = n;
      } catch (error) {
        // A put that throws (a value that cannot be stored) must not let the others commit.
        failure = error;
        tx.abort();
      }
    };
  };
  await finished.catch((error: unknown) => {
    throw failure ?? error;
  });
  return number;
}
