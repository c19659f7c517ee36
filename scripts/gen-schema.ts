import { writeFile } from 'node:fs/promises';
import { buildJsonSchema } from './lib/json-schema.ts';

// Writes public/schema/report.schema.json from the zod schema; a unit test fails when stale.
const target = new URL('../public/schema/report.schema.json', import.meta.url);
await writeFile(target, buildJsonSchema());
console.log(`wrote ${target.pathname}`);
