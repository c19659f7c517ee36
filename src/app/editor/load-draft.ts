import type { Finding } from '../../checks/finding.ts';
import { loadReport } from '../../load/load-report.ts';
import type { ValidationError } from '../../report/parse-report.ts';
import type { Report } from '../../report/report-schema.ts';

/** A draft as the editor shows it: the report its tables make, their findings, what is wrong. */
export interface LoadedDraft {
  readonly report: Report;
  readonly findings: readonly Finding[];
  /** Why the file would not load as it is (a name not typed yet, a year half typed). */
  readonly errors: readonly ValidationError[];
}

// Fields a person may still be typing, and what stands in for them meanwhile, so that the
// tables are checked as they are typed even before the report's head is complete.
const standIns: Record<string, (file: Record<string, unknown>) => void> = {
  id: (f) => (f.id = 'draft'),
  'agency.name': (f) => (f.agency = { ...(f.agency as object), name: '—' }),
  'agency.level': (f) => {
    const { level: _dropped, ...agency } = f.agency as Record<string, unknown>;
    f.agency = agency;
  },
  year: (f) => (f.year = 2000),
  publishedOn: (f) => delete f.publishedOn,
};

/**
 * The draft through loadReport, the one way a file becomes a report with findings; when only
 * head fields keep it from loading, loaded again with stand-ins for them, their errors kept.
 * Null when the tables themselves do not load (a draft damaged in storage).
 */
export function loadDraft(file: unknown): LoadedDraft | null {
  const direct = loadReport(file);
  if (direct.ok) return { report: direct.report, findings: direct.findings, errors: [] };
  if (typeof file !== 'object' || file === null) return null;
  if (!direct.errors.every((e) => e.path in standIns)) return null;
  const patched = { ...(file as Record<string, unknown>) };
  for (const error of direct.errors) standIns[error.path]?.(patched);
  const again = loadReport(patched);
  return again.ok
    ? { report: again.report, findings: again.findings, errors: direct.errors }
    : null;
}
