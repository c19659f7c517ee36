import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importReport } from '../../../src/importer/import-report.ts';
import type { ImportResult } from '../../../src/importer/import-issue.ts';
import { projectFile } from '../../builders.ts';

/** Imports a project file as the app would: its name and its bytes. */
export function importFile(path: string): Promise<ImportResult> {
  const bytes = new Uint8Array(readFileSync(projectFile(path)));
  return importReport({ name: basename(path), bytes });
}

export function importText(name: string, text: string): Promise<ImportResult> {
  return importReport({ name, bytes: new TextEncoder().encode(text) });
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(projectFile(path), 'utf8'));
}

/** The result of an import that must have worked, or a test failure showing its errors. */
export function expectOk(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors, null, 2)}`);
  return result;
}
