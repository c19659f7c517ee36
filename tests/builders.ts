import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFile } from '../src/report/report-schema.ts';

/** Tests run from the project root (vitest's root), in jsdom or node alike. */
export const projectFile = (path: string): string => join(process.cwd(), path);

const fixture = (name: string): ReportFile =>
  JSON.parse(readFileSync(projectFile(`tests/fixtures/reports/${name}`), 'utf8')) as ReportFile;

export const seedFile = (): ReportFile =>
  JSON.parse(
    readFileSync(projectFile('public/data/reports/liaocheng-nyncj-2020.json'), 'utf8'),
  ) as ReportFile;

/** A complete, consistent report file of the given template (a fresh copy each call). */
export function buildReportFile(template: '2019' | '2021' = '2019'): ReportFile {
  return fixture(template === '2019' ? 'valid-2019.json' : 'valid-2021.json');
}

/** Sets (or, with `undefined`, deletes) the value at a dotted path of a JSON-like object. */
export function setPath<T>(file: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = file as Record<string, unknown>;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return file;
}

export function getPath(file: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], file);
}
