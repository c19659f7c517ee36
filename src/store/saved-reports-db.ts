import type { Label } from '../report/label.ts';

// Reports the user imported or edited, kept in the browser's IndexedDB, read here; every write
// is one transaction (saved-reports-writes.ts, versions-db.ts, decisions-db.ts, loaded with the
// pages that write): it lands whole or not at all, so a failed or interrupted save leaves what
// was stored as it was. Version 2 added the stores of versions and of decisions about findings;
// an upgrade only adds stores, so every record stays.

const DB_NAME = 'xxgk-dashboard';
const DB_VERSION = 2;
const STORE = 'reports';
/** Every store, by its key path: versions and decisions are keyed by report id first. */
export const STORES = {
  reports: 'id',
  versions: ['reportId', 'n'],
  decisions: ['reportId', 'key'],
};

/** What is stored for one imported report. `file` is the report in the data format. */
export interface SavedRecord {
  readonly id: string;
  readonly file: unknown;
  readonly fileName: string;
  readonly format: string;
  readonly savedAt: string;
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

export function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new Error('IndexedDB is not available in this browser'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(STORES))
        if (!req.result.objectStoreNames.contains(name))
          req.result.createObjectStore(name, { keyPath });
    };
    req.onsuccess = () => {
      // Another tab upgrading the database closes this connection; open again next time.
      req.result.onversionchange = () => {
        req.result.close();
        opening = null;
      };
      resolve(req.result);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('Cannot open IndexedDB'));
    };
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  return opening;
}

/** Every stored record, as stored: the caller validates each (a damaged one stays listed). */
export async function readAllSaved(): Promise<unknown[]> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  return request(tx.objectStore(STORE).getAll());
}

/** Why the stored reports cannot be read (a write's failure: storage-error.ts). */
export function cannotRead(error: unknown): Label {
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `无法读取浏览器存储：${detail}`, en: `Cannot read the browser storage: ${detail}` };
}
