import * as z from 'zod/mini';

// A dataset's `index.json`: what the app reads first, to know the shards and their sizes
// (so each is read by ranges without asking the server its length first). Nothing in it
// depends on when it was written: the same reports give the same bytes.

export const DATASET_FORMAT = 'xxgk-dataset';
export const DATASET_VERSION = 1;

const shardSchema = z.strictObject({
  file: z.string().check(z.regex(/^[\w.-]+\.parquet$/)),
  year: z.int(),
  rows: z.int().check(z.minimum(0)),
  bytes: z.int().check(z.minimum(0)),
});

export const datasetIndexSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  reports: z.int().check(z.minimum(0)),
  /** How many of them are synthetic (made by `npm run gen:synthetic`, not published reports). */
  synthetic: z.int().check(z.minimum(0)),
  columns: z.array(z.string()),
  shards: z.array(shardSchema),
});

export type DatasetIndex = z.infer<typeof datasetIndexSchema>;
export type DatasetShard = DatasetIndex['shards'][number];

export type IndexRead =
  | { readonly ok: true; readonly index: DatasetIndex }
  | { readonly ok: false; readonly message: string };

/** An index.json's text, checked; a message saying what is wrong where, when it does not fit. */
export function readDatasetIndex(text: string): IndexRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `index.json: not JSON (${(error as Error).message})` };
  }
  const parsed = datasetIndexSchema.safeParse(json);
  if (parsed.success) return { ok: true, index: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || '(top level)';
  return { ok: false, message: `index.json: ${where}: ${issue?.message ?? 'does not fit'}` };
}

export const datasetIndexText = (index: DatasetIndex): string =>
  `${JSON.stringify(index, null, 2)}\n`;
