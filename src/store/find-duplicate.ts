import type { ReportFile } from '../report/report-schema.ts';
import type { SavedEntry, SavedReport } from './saved-reports-store.ts';

// Whether a report being saved is one already saved: kept apart from the saved-reports store,
// which the first page loads, because only the Import page asks.

const TABLES = ['proactive', 'applications', 'appeals'] as const;

/** A value as JSON with its keys in order: two files' tables compare whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The saved report that is the same as `file`: same agency, year and tables. */
export function findDuplicate(
  file: ReportFile,
  entries: readonly SavedEntry[],
): SavedReport | undefined {
  const tables = canonical(TABLES.map((t) => file.sections[t] ?? null));
  return entries.find(
    (e): e is SavedReport =>
      e.status === 'ok' &&
      e.file.agency.name === file.agency.name &&
      e.file.year === file.year &&
      canonical(TABLES.map((t) => e.file.sections[t] ?? null)) === tables,
  );
}
