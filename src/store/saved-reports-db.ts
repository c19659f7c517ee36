import type { Label } from '../report/label.ts';

// Reports the user imported, kept in the browser's IndexedDB. Every write is one transaction:
// it lands whole or not at all, so a failed or interrupted save leaves what was stored as it was.

const DB_NAME = 'xxgk-dashboard';
const DB_VERSION = 1;
const STORE = 'reports';

/** What is stored for one imported report. `file` is the report in the data format. */
export interface SavedRecord {
  readonly id: string;
  readonly file: unknown;
  readonly fileName: string;
  readonly format: string;
  readonly savedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new Error('IndexedDB is not available in this browser'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: 'id' });
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

/** Stores all the records in one transaction: all of them, or none. */
export async function putSaved(records: readonly SavedRecord[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const finished = done(tx);
  try {
    for (const record of records) store.put(record);
  } catch (error) {
    // A put that throws would otherwise let the earlier ones commit: abort them all.
    tx.abort();
    await finished.catch(() => undefined);
    throw error;
  }
  await finished;
}

export async function deleteSaved(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await done(tx);
}

/** A storage error in words a user can act on. */
export function describeStorageError(error: unknown): Label {
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return {
      zh: '浏览器的存储空间已满，没有保存。已保存的报告不受影响；请删除一些已导入的报告后重试。',
      en: 'The browser storage is full; nothing was saved. The reports already saved are intact; delete some imported reports and try again.',
    };
  }
  return {
    zh: `无法保存到浏览器存储：${detail}`,
    en: `Cannot save to the browser storage: ${detail}`,
  };
}
