import * as z from 'zod/mini';
import { normalizeCell, rawCellSchema, type RawCell } from './cell.ts';
import {
  agencyLevels,
  appealColumns,
  appealGroups,
  applicantKeys,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  unavailableReasons,
  documentColumns2019,
  itemColumns2019,
  feeColumns2019,
  procurementColumns2019,
  documentColumns2021,
  decisionColumns2021,
  feeColumns2021,
} from './table-layout.ts';
import type { KeyedLabel } from './label.ts';

// The single source of truth for the report format. `z.input` of `reportSchema` is the file
// as written (raw cells); `z.output` is the normalised report the app and the checks use.

/** A cell key left out is the same as null: blank. */
const cellField = z.prefault(
  z.pipe(
    rawCellSchema,
    z.transform((raw: RawCell) => normalizeCell(raw)),
  ),
  null,
);

type KeysOf<L extends readonly KeyedLabel[]> = L[number]['key'];

function rowSchema<const K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((key) => [key, cellField])) as {
    [P in K]: typeof cellField;
  };
  // A row left out is a row of blanks. (`as never`: every field has a prefault, which the
  // generic signature cannot see.)
  return z.prefault(z.strictObject(shape), {} as never);
}

function groupSchema<const K extends string, S extends z.ZodMiniType>(
  keys: readonly K[],
  member: S,
) {
  const shape = Object.fromEntries(keys.map((key) => [key, member])) as { [P in K]: S };
  return z.prefault(z.strictObject(shape), {} as never);
}

function keysOf<const L extends readonly KeyedLabel[]>(labels: L): KeysOf<L>[] {
  return labels.map((l) => l.key);
}

const paragraphsSchema = z.prefault(z.strictObject({ paragraphs: z.array(z.string()) }), {
  paragraphs: [],
});

const applicantRow = rowSchema(applicantKeys);
const reasonRows = <const L extends readonly KeyedLabel[]>(labels: L) =>
  groupSchema(keysOf(labels), applicantRow);

const resultsShape = {
  granted: applicantRow,
  partiallyGranted: applicantRow,
  denied: reasonRows(deniedReasons),
  unavailable: reasonRows(unavailableReasons),
  notProcessed: reasonRows(notProcessedReasons),
  total: applicantRow,
};

function applicationsSchema<S extends z.ZodMiniType>(otherHandling: S) {
  return z.prefault(
    z.strictObject({
      received: applicantRow,
      carriedOver: applicantRow,
      results: z.prefault(z.strictObject({ ...resultsShape, otherHandling }), {} as never),
      carriedForward: applicantRow,
    }),
    {} as never,
  );
}

// 2021 split （六）其他处理 into three rows, but many 2021-format reports still print the single
// row; the data keeps what was printed. Which of the two a file holds is told by its keys, so
// that an error inside it is reported against the shape the writer meant (a plain union would
// blame the other shape's keys).
export const otherHandlingSplitSchema = groupSchema(keysOf(otherHandlingReasons), applicantRow);
export const otherHandlingSingleSchema = applicantRow;
const splitKeys: readonly string[] = keysOf(otherHandlingReasons);

function isSingleRow(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    Object.keys(input).length > 0 &&
    !Object.keys(input).some((key) => splitKeys.includes(key))
  );
}

export const otherHandling2021Schema = z.pipe(
  z.unknown(),
  z.transform((input, ctx) => {
    const result = isSingleRow(input)
      ? otherHandlingSingleSchema.safeParse(input)
      : otherHandlingSplitSchema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    return z.NEVER;
  }),
);

const appealsSchema = groupSchema(keysOf(appealGroups), rowSchema(keysOf(appealColumns)));

const proactive2019Schema = z.prefault(
  z.strictObject({
    rules: rowSchema(keysOf(documentColumns2019)),
    normativeDocuments: rowSchema(keysOf(documentColumns2019)),
    licensing: rowSchema(keysOf(itemColumns2019)),
    otherServices: rowSchema(keysOf(itemColumns2019)),
    penalties: rowSchema(keysOf(itemColumns2019)),
    coercion: rowSchema(keysOf(itemColumns2019)),
    fees: rowSchema(keysOf(feeColumns2019)),
    procurement: rowSchema(keysOf(procurementColumns2019)),
  }),
  {},
);

const proactive2021Schema = z.prefault(
  z.strictObject({
    rules: rowSchema(keysOf(documentColumns2021)),
    normativeDocuments: rowSchema(keysOf(documentColumns2021)),
    licensing: rowSchema(keysOf(decisionColumns2021)),
    penalties: rowSchema(keysOf(decisionColumns2021)),
    coercion: rowSchema(keysOf(decisionColumns2021)),
    fees: rowSchema(keysOf(feeColumns2021)),
  }),
  {},
);

const isoDate = z.iso.date({ error: 'E_DATE' });

const commonFields = {
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1, { error: 'E_SCHEMA_VERSION' }),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, { error: 'E_ID' })),
  agency: z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1, { error: 'E_REQUIRED_TEXT' })),
    region: z.optional(z.string()),
    level: z.optional(z.enum(agencyLevels)),
  }),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  publishedOn: z.optional(isoDate),
  source: z.optional(
    z.strictObject({
      url: z.optional(z.string()),
      file: z.optional(z.string()),
      retrievedOn: z.optional(isoDate),
      /** How `file` was made from the published document, when it is not that document. */
      note: z.optional(z.string()),
    }),
  ),
  /** The report's title as printed (an addition to the format: it is what people search for). */
  title: z.optional(z.string()),
  /** Text printed between the title and section 一 (the legal basis, the reporting period). */
  preamble: z.optional(paragraphsSchema),
  /** Made by a generator for testing and measuring (`npm run gen:synthetic`), not published. */
  synthetic: z.optional(z.boolean()),
};

const report2019Schema = z.strictObject({
  ...commonFields,
  template: z.literal('2019'),
  sections: z.strictObject({
    overview: paragraphsSchema,
    proactive: proactive2019Schema,
    applications: applicationsSchema(applicantRow),
    appeals: appealsSchema,
    problems: paragraphsSchema,
    other: paragraphsSchema,
  }),
});

const report2021Schema = z.strictObject({
  ...commonFields,
  template: z.literal('2021'),
  sections: z.strictObject({
    overview: paragraphsSchema,
    proactive: proactive2021Schema,
    applications: applicationsSchema(otherHandling2021Schema),
    appeals: appealsSchema,
    problems: paragraphsSchema,
    other: paragraphsSchema,
  }),
});

export const reportSchema = z.discriminatedUnion('template', [report2019Schema, report2021Schema], {
  error: 'E_TEMPLATE',
});

/** A report file as written: cells are numbers, strings as printed, or null. */
export type ReportFile = z.input<typeof reportSchema>;
/** A report after loading: every cell normalised, every row and section present. */
export type Report = z.output<typeof reportSchema>;
export type Report2019 = Extract<Report, { template: '2019' }>;
export type Report2021 = Extract<Report, { template: '2021' }>;
export type ApplicantRow = Report['sections']['applications']['received'];
export type AppealsTable = Report['sections']['appeals'];
