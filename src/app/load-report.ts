import { runChecks } from '../checks/run-checks.ts';
import type { Finding } from '../checks/finding.ts';
import { formatPath, parseReportText, type ValidationError } from '../report/parse-report.ts';
import { reportIndexSchema, type ReportIndexEntry } from '../report/report-index.ts';
import type { Report } from '../report/report-schema.ts';

export interface LoadedReport {
  readonly entry: ReportIndexEntry;
  readonly report: Report;
  readonly findings: readonly Finding[];
}

export type LoadResult =
  | {
      readonly ok: true;
      readonly loaded: LoadedReport;
      readonly index: readonly ReportIndexEntry[];
    }
  | { readonly ok: false; readonly file: string; readonly errors: readonly ValidationError[] };

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/reports/${file}`;

async function fetchText(file: string): Promise<string> {
  const response = await fetch(dataUrl(file));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

const failure = (file: string, zh: string, en: string): LoadResult => ({
  ok: false,
  file,
  errors: [{ path: '', zh, en }],
});

/** Reads index.json, then the requested (or default) report; every failure is a value. */
export async function loadReport(id?: string): Promise<LoadResult> {
  let indexText: string;
  try {
    indexText = await fetchText('index.json');
  } catch (error) {
    return failure(
      'index.json',
      `无法读取报告列表：${String(error)}`,
      `Cannot read the report list: ${String(error)}`,
    );
  }
  let indexJson: unknown;
  try {
    indexJson = JSON.parse(indexText);
  } catch {
    return failure('index.json', '报告列表不是有效的 JSON', 'The report list is not valid JSON');
  }
  const index = reportIndexSchema.safeParse(indexJson);
  if (!index.success) {
    return {
      ok: false,
      file: 'index.json',
      errors: index.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        zh: `报告列表格式不正确：${issue.message}`,
        en: `The report list is malformed: ${issue.message}`,
      })),
    };
  }
  const wanted = id ?? index.data.default ?? index.data.reports[0]?.id;
  const entry = index.data.reports.find((r) => r.id === wanted);
  if (!entry) {
    return failure(
      'index.json',
      `报告列表中没有 ${String(wanted)}`,
      `The report list has no report ${String(wanted)}`,
    );
  }
  let text: string;
  try {
    text = await fetchText(entry.file);
  } catch (error) {
    return failure(
      entry.file,
      `无法读取报告文件：${String(error)}`,
      `Cannot read the report file: ${String(error)}`,
    );
  }
  const parsed = parseReportText(text);
  if (!parsed.ok) return { ok: false, file: entry.file, errors: parsed.errors };
  return {
    ok: true,
    index: index.data.reports,
    loaded: { entry, report: parsed.report, findings: runChecks(parsed.report) },
  };
}
