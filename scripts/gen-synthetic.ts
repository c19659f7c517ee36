import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticFileText, syntheticReports } from '../src/dataset/synthetic-reports.ts';

// `npm run gen:synthetic -- --reports 10000 --seed 1 -o <dir>`: synthetic report files (every
// one marked `synthetic: true`), the same files for the same seed. For testing and measuring
// only: never copy them into public/data (a unit test refuses that).

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', short: 'o' },
  },
});
const count = Number(values.reports);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run gen:synthetic -- --reports <n> --seed <integer> -o <dir>');
  process.exit(2);
}
await mkdir(values.out, { recursive: true });
let written = 0;
for (const file of syntheticReports(count, seed)) {
  await writeFile(join(values.out, `${file.id}.json`), syntheticFileText(file));
  written += 1;
}
console.log(`${written} synthetic reports (seed ${seed}) in ${values.out}`);
