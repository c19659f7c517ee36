import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseIndex } from '../src/report/report-index.ts';
import {
  buildBuiltinReport,
  builtinSources,
  REPORTS_DIR,
  reportFileText,
} from './lib/builtin-reports.ts';

// `npm run build:reports`: makes the built-in real reports from their sources in data/sources/
// and lists them in public/data/reports/index.json beside the entries already there (the seed).

const indexPath = join(REPORTS_DIR, 'index.json');
const read = parseIndex(await readFile(indexPath, 'utf8'));
if (!read.ok) {
  console.error(`${indexPath}: ${read.errors.map((e) => e.en).join('; ')}`);
  process.exit(2);
}
const built = new Set(builtinSources.map((s) => s.id));
const entries = read.index.reports.filter((r) => !built.has(r.id));

let failed = false;
for (const spec of builtinSources) {
  const result = await buildBuiltinReport(spec);
  if (!result.ok) {
    failed = true;
    console.error(`${spec.source}: failed: ${result.errors.join('; ')}`);
    continue;
  }
  const { file } = result;
  const name = `${spec.id}.json`;
  await writeFile(join(REPORTS_DIR, name), reportFileText(file));
  entries.push({
    id: file.id,
    agency: file.agency.name,
    year: file.year,
    template: file.template,
    file: name,
  });
  const warned = result.warnings.length ? ` (${result.warnings.join('; ')})` : '';
  console.log(`${spec.source} → ${join(REPORTS_DIR, name)}${warned}`);
}

await writeFile(
  indexPath,
  `${JSON.stringify({ reports: entries, default: read.index.default }, null, 2)}\n`,
);
console.log(`${indexPath}: ${entries.length} reports, default ${read.index.default ?? '(none)'}`);
process.exitCode = failed ? 1 : 0;
