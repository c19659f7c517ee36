import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFormat, ImportIssue } from '../../../src/importer/import-issue.ts';
import { importAndLoad } from '../../../src/load/import-and-load.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { projectFile } from '../../builders.ts';

/** An import as the tests read it: the report file the import wrote, or its errors. */
export type TestImport =
  | {
      readonly ok: true;
      readonly report: ReportFile;
      readonly warnings: readonly ImportIssue[];
      readonly format: ImportFormat;
      readonly encoding?: string;
    }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

/** Imports bytes as the app does: the importer, then loadReport (which validates). */
export async function importBytes(name: string, bytes: Uint8Array): Promise<TestImport> {
  const result = await importAndLoad({ name, bytes });
  if (!result.ok) return result;
  const { file, warnings, format, encoding } = result;
  return { ok: true, report: file, warnings, format, ...(encoding ? { encoding } : {}) };
}

/** Imports a project file as the app would: its name and its bytes. */
export function importFile(path: string): Promise<TestImport> {
  return importBytes(basename(path), new Uint8Array(readFileSync(projectFile(path))));
}

export function importText(name: string, text: string): Promise<TestImport> {
  return importBytes(name, new TextEncoder().encode(text));
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(projectFile(path), 'utf8'));
}

/** The result of an import that must have worked, or a test failure showing its errors. */
export function expectOk(result: TestImport): Extract<TestImport, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 2)}`);
  return result;
}
