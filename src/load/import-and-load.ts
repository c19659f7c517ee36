import { type ImportFormat, type ImportIssue, issue } from '../importer/import-issue.ts';
import { type ImportInput, importReport, MAX_BYTES, tooLarge } from '../importer/import-report.ts';
import {
  type MetadataOverrides,
  type ReportMetadata,
  metadataOfFile,
} from '../importer/report-metadata.ts';
import type { ValidationError } from '../report/parse-report.ts';
import type { ReportFile } from '../report/report-schema.ts';
import { type LoadedReport, loadReport } from './load-report.ts';

// Bytes to a report on show, one way: the importer reads them into the data format, then
// loadReport validates that once and runs the checks once.

/** An imported report: the file to keep, the report it loads as, and what the import noticed. */
export interface ImportedReport extends LoadedReport {
  /** The report in the data format: what is saved and downloaded. */
  readonly file: ReportFile;
  readonly warnings: readonly ImportIssue[];
  /** Agency, year, template and date: where each was read and whether it is a guess. */
  readonly metadata: ReportMetadata;
  readonly format: ImportFormat;
  readonly encoding?: string;
  readonly sourceText?: string;
}

export type ImportOutcome =
  | ({ readonly ok: true } & ImportedReport)
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

function unfit(error: ValidationError, format: ImportFormat): ImportIssue {
  const where = error.path ? { path: error.path } : undefined;
  // A file the importer built that does not validate is the importer's fault, not the file's.
  return format === 'json'
    ? issue(
        `不符合报告数据格式：${error.zh}`,
        `Does not fit the report data format: ${error.en}`,
        where,
      )
    : issue(
        `导入结果不符合数据格式（导入程序的错误）：${error.zh}`,
        `The imported report does not fit the data format (a bug in the importer): ${error.en}`,
        where,
      );
}

/** A published report's bytes, imported and loaded. Never throws. */
export async function importAndLoad(input: ImportInput): Promise<ImportOutcome> {
  const imported = await importReport(input);
  if (!imported.ok) return imported;
  const loaded = loadReport(imported.file);
  if (!loaded.ok) {
    return { ok: false, errors: loaded.errors.map((e) => unfit(e, imported.format)) };
  }
  // loadReport accepted it: it is a report file, with an agency, a year and a template.
  const file = imported.file as ReportFile;
  return {
    ok: true,
    file,
    metadata: imported.metadata ?? (metadataOfFile(file) as ReportMetadata),
    report: loaded.report,
    findings: loaded.findings,
    warnings: imported.warnings,
    format: imported.format,
    ...(imported.encoding ? { encoding: imported.encoding } : {}),
    ...(imported.sourceText !== undefined ? { sourceText: imported.sourceText } : {}),
  };
}

/** A file the user picked or dropped: its size checked before it is read. Never throws. */
export async function importAndLoadFile(
  file: File,
  overrides?: MetadataOverrides,
): Promise<ImportOutcome> {
  if (file.size > MAX_BYTES) return { ok: false, errors: [tooLarge(file.size)] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [issue(`读取文件失败：${detail}`, `Reading the file failed: ${detail}`)],
    };
  }
  return importAndLoad({ name: file.name, bytes, ...(overrides ? { overrides } : {}) });
}
