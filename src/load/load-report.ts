import type { Finding } from '../checks/finding.ts';
import { runChecks } from '../checks/run-checks.ts';
import { parseReport, readReportJson, type ValidationError } from '../report/parse-report.ts';
import type { Report } from '../report/report-schema.ts';

// The one way a report file becomes what the app shows: validated and normalised once, its
// consistency checks run once. Built-in files, stored imports and fresh imports all pass here.

/** A report ready to show: normalised, with the findings of its checks. */
export interface LoadedReport {
  readonly report: Report;
  readonly findings: readonly Finding[];
}

export type LoadResult =
  | ({ readonly ok: true } & LoadedReport)
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** A report file's content (parsed JSON, or what the importer built). Never throws. */
export function loadReport(file: unknown): LoadResult {
  const parsed = parseReport(file);
  if (!parsed.ok) return parsed;
  return { ok: true, report: parsed.report, findings: runChecks(parsed.report) };
}

/** A report file's text: read as JSON once, then loaded. */
export function loadReportText(text: string): LoadResult {
  const json = readReportJson(text);
  return json.ok ? loadReport(json.value) : json;
}
