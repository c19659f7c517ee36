import { ofReport } from './report-keys.ts';
import { done, openDb, request } from './saved-reports-db.ts';

// What a reviewer decided about a report's findings, one record a finding (keyed by the
// report's id and the finding's key, checks/finding-key.ts), each write one transaction.

export type DecisionKind = 'confirmed' | 'dismissed';

export interface DecisionRecord {
  readonly reportId: string;
  readonly key: string;
  readonly decision: DecisionKind;
  /** Why it was dismissed (required then), or a remark on a confirmed one. */
  readonly note: string;
  readonly decidedAt: string;
}

/** Every decision stored for a report, as stored (the caller validates each). */
export async function readDecisions(reportId: string): Promise<unknown[]> {
  const db = await openDb();
  const tx = db.transaction('decisions', 'readonly');
  return request(tx.objectStore('decisions').getAll(ofReport(reportId)));
}

/** Writes these decisions and deletes those of the `gone` keys, in one transaction. */
export async function writeDecisions(
  reportId: string,
  records: readonly DecisionRecord[],
  gone: readonly string[],
): Promise<void> {
  const db = await openDb();
  const tx = db.transaction('decisions', 'readwrite');
  const finished = done(tx);
  const store = tx.objectStore('decisions');
  try {
    for (const record of records) store.put(record);
    for (const key of gone) store.delete([reportId, key]);
  } catch (error) {
    tx.abort();
    await finished.catch(() => undefined);
    throw error;
  }
  await finished;
}
