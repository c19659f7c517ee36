import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetIndexText } from '../src/dataset/dataset-index.ts';
import { writeDataset, type WriteInput } from '../src/dataset/write-dataset.ts';
import { loadReport } from '../src/load/load-report.ts';
import { readReportJson } from '../src/report/parse-report.ts';

// `npm run dataset -- <reports folder or files> -o <dir>`: every report file (JSON in the data
// format) validated and checked by loadReport, then written as a dataset: a Parquet file a
// year and index.json (docs/data-format.md, README). A file that does not load is named with
// why, and left out; the command then exits with 1 after writing the rest.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', short: 'o' } },
});
if (!values.out || positionals.length === 0) {
  console.error('usage: npm run dataset -- <reports folder or files …> -o <dir>');
  process.exit(2);
}

async function reportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json') && n !== 'index.json');
      files.push(...names.sort().map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

const inputs: WriteInput[] = [];
const ids = new Map<string, string>();
let failed = 0;
for (const path of await reportFiles(positionals)) {
  const json = readReportJson(await readFile(path, 'utf8'));
  const loaded = json.ok ? loadReport(json.value) : json;
  if (!json.ok || !loaded.ok) {
    failed += 1;
    const errors = loaded.ok ? [] : loaded.errors;
    console.error(`${path}: not loaded: ${errors.map((e) => `${e.path} ${e.en}`).join('; ')}`);
    continue;
  }
  const other = ids.get(loaded.report.id);
  if (other) {
    failed += 1;
    console.error(`${path}: left out: its id ${loaded.report.id} is also ${other}'s`);
    continue;
  }
  ids.set(loaded.report.id, path);
  inputs.push({ report: loaded.report, findings: loaded.findings, file: json.value });
}

const { index, files } = writeDataset(inputs);
await mkdir(values.out, { recursive: true });
for (const file of files) await writeFile(join(values.out, file.name), file.bytes);
await writeFile(join(values.out, 'index.json'), datasetIndexText(index));
const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
console.log(
  `${index.reports} reports (${index.synthetic} synthetic) in ${files.length} shards, ` +
    `${(bytes / 1e6).toFixed(2)} MB, in ${values.out}`,
);
if (failed > 0) {
  console.error(`${failed} file(s) left out`);
  process.exit(1);
}
