import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetIndexText } from '../../src/dataset/dataset-index.ts';
import { syntheticReports } from '../../src/dataset/synthetic-reports.ts';
import {
  datasetOfRows,
  datasetRows,
  type DatasetRow,
  type WriteInput,
} from '../../src/dataset/write-dataset.ts';
import { loadReport } from '../../src/load/load-report.ts';

// `node --import tsx scripts/lib/bench-dataset-files.ts <count> <dir>`: the bench's synthetic
// dataset, in a process of its own with a larger heap. The reports come an agency at a time
// (its years together) and are turned into rows an agency at a time: holding 100,000 loaded
// reports at once ran Node out of memory.

const [count = '0', dir = ''] = process.argv.slice(2);
const rows: DatasetRow[] = [];
let agency: WriteInput[] = [];
const agencyOf = (id: string) => id.replace(/-\d{4}$/, '');
const flush = () => {
  for (const row of datasetRows(agency)) rows.push(row);
  agency = [];
};
for (const file of syntheticReports(Number(count), 1)) {
  const loaded = loadReport(file);
  if (!loaded.ok) throw new Error(`synthetic report ${file.id} does not load`);
  if (agency[0] && agencyOf(agency[0].report.id) !== agencyOf(file.id)) flush();
  agency.push({ report: loaded.report, findings: loaded.findings, file });
}
flush();
const { index, files } = datasetOfRows(rows);
mkdirSync(dir, { recursive: true });
for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
writeFileSync(join(dir, 'index.json'), datasetIndexText(index));
process.stdout.write(`${files.reduce((n, f) => n + f.bytes.byteLength, 0)}\n`);
