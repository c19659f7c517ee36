import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectFile } from '../../builders.ts';

// The layers are enforced by lint (eslint.config.js). These tests show that lint refuses each
// import the architecture forbids, and lets the allowed ones through, on imports written into
// a file of each layer.

let eslint: ESLint;
let layers: Record<string, readonly string[]>;
beforeAll(async () => {
  eslint = new ESLint({ cwd: projectFile('.') });
  // The config is plain JavaScript (ESLint reads it as it is): imported by path, not typed.
  const config = projectFile('eslint.config.js');
  ({ layers } = (await import(config)) as { layers: Record<string, readonly string[]> });
});

/** The rules lint reports on the import `code`, as it sees it in `file` (unused names aside). */
async function lintImport(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: projectFile(file) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => rule !== '@typescript-eslint/no-unused-vars');
}

const paths = 'import-x/no-restricted-paths';
const ui = '@typescript-eslint/no-restricted-imports';

describe('the layers of src/', () => {
  it('cover every folder and file of src/, and nothing else', () => {
    expect(readdirSync(projectFile('src')).sort()).toEqual(Object.keys(layers).sort());
  });

  it.each([
    [
      'checks → importer',
      'src/checks/probe.ts',
      "import { importReport } from '../importer/import-report.ts';",
      paths,
    ],
    [
      'checks → i18n',
      'src/checks/probe.ts',
      "import { zhApp } from '../i18n/app-messages.ts';",
      paths,
    ],
    [
      'report → i18n',
      'src/report/probe.ts',
      "import { zhApp } from '../i18n/app-messages.ts';",
      paths,
    ],
    [
      'report → checks',
      'src/report/probe.ts',
      "import { runChecks } from '../checks/run-checks.ts';",
      paths,
    ],
    [
      'export → checks',
      'src/export/probe.ts',
      "import { runChecks } from '../checks/run-checks.ts';",
      paths,
    ],
    [
      'importer → load',
      'src/importer/probe.ts',
      "import { loadReport } from '../load/load-report.ts';",
      paths,
    ],
    [
      'components → importer',
      'src/components/probe.tsx',
      "import { importReport } from '../importer/import-report.ts';",
      paths,
    ],
    [
      'components → store',
      'src/components/probe.tsx',
      "import { useReports } from '../store/reports-store.ts';",
      paths,
    ],
    [
      'components → app',
      'src/components/probe.tsx',
      "import { pathTo } from '../app/paths.ts';",
      paths,
    ],
    [
      'a component takes its strings as a prop',
      'src/components/probe.tsx',
      "import { zhTableMessages } from '../i18n/table-messages.ts';",
      ui,
    ],
    [
      'store → components',
      'src/store/probe.ts',
      "import { DataTable } from '../components/tables/data-table.tsx';",
      paths,
    ],
    [
      'i18n → store',
      'src/i18n/probe.ts',
      "import { useReports } from '../store/reports-store.ts';",
      paths,
    ],
    [
      'load → store',
      'src/load/probe.ts',
      "import { useReports } from '../store/reports-store.ts';",
      paths,
    ],
    [
      'importer readers → extractors',
      'src/importer/readers/probe.ts',
      "import { findSections } from '../extractors/find-sections.ts';",
      paths,
    ],
    [
      'importer extractors → readers',
      'src/importer/extractors/probe.ts',
      "import { readText } from '../readers/read-text.ts';",
      paths,
    ],
    [
      'app → prerender',
      'src/app/probe.ts',
      "import { fingerprint } from '../prerender/snapshot.ts';",
      paths,
    ],
    ['prerender → main', 'src/prerender/probe.ts', "import '../main.tsx';", paths],
    [
      'library → store',
      'src/library/probe.ts',
      "import { useReports } from '../store/reports-store.ts';",
      paths,
    ],
    [
      'library → i18n',
      'src/library/probe.ts',
      "import { zhApp } from '../i18n/app-messages.ts';",
      paths,
    ],
    [
      'report → library',
      'src/report/probe.ts',
      "import { buildLibrary } from '../library/library.ts';",
      paths,
    ],
    [
      'components → library',
      'src/components/probe.tsx',
      "import { buildLibrary } from '../library/library.ts';",
      paths,
    ],
    ['React in the library', 'src/library/probe.ts', "import { useMemo } from 'react';", ui],
    [
      'dataset → store',
      'src/dataset/probe.ts',
      "import { useReports } from '../store/reports-store.ts';",
      paths,
    ],
    [
      'library → dataset',
      'src/library/probe.ts',
      "import { DatasetTable } from '../dataset/dataset-table.ts';",
      paths,
    ],
    ['React in the dataset', 'src/dataset/probe.ts', "import { useMemo } from 'react';", ui],
    ['React in the report model', 'src/report/probe.ts', "import { useMemo } from 'react';", ui],
    ['React in the checks', 'src/checks/probe.ts', "import { useState } from 'react';", ui],
    ['a store in the importer', 'src/importer/probe.ts', "import { create } from 'zustand';", ui],
    [
      'the router in the loader',
      'src/load/probe.ts',
      "import { useParams } from 'react-router-dom';",
      ui,
    ],
    [
      'charts in the export code',
      'src/export/probe.ts',
      "import { BarChart } from 'recharts';",
      ui,
    ],
  ])('lint refuses %s', async (_name, file, code, rule) => {
    expect(await lintImport(file, code)).toContain(rule);
  });

  it.each([
    ['checks → report', 'src/checks/probe.ts', "import { isBlank } from '../report/cell.ts';"],
    [
      'load → importer',
      'src/load/probe.ts',
      "import { importReport } from '../importer/import-report.ts';",
    ],
    [
      'components → i18n, types only',
      'src/components/probe.tsx',
      "import type { DataTableMessages } from '../i18n/table-messages.ts';",
    ],
    [
      'importer extractors → the source document',
      'src/importer/extractors/probe.ts',
      "import { blockText } from '../source-document.ts';",
    ],
    ['store → load', 'src/store/probe.ts', "import { loadReport } from '../load/load-report.ts';"],
    ['app → store', 'src/app/probe.ts', "import { useReports } from '../store/reports-store.ts';"],
    [
      'library → load and checks',
      'src/library/probe.ts',
      "import { loadReport } from '../load/load-report.ts';\nimport { runCrossChecks } from '../checks/run-cross-checks.ts';",
    ],
    ['app → library', 'src/app/probe.ts', "import { buildLibrary } from '../library/library.ts';"],
    ['main → prerender', 'src/main.tsx', "import { fingerprint } from './prerender/snapshot.ts';"],
  ])('lint allows %s', async (_name, file, code) => {
    expect(await lintImport(file, code)).toEqual([]);
  });
});
