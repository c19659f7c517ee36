import * as z from 'zod/mini';
import { templates } from './table-layout.ts';

/** `public/data/reports/index.json`: the reports the app can open, read before any report. */
export const reportIndexSchema = z.strictObject({
  default: z.optional(z.string()),
  reports: z
    .array(
      z.strictObject({
        id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
        agency: z.string().check(z.minLength(1)),
        year: z.int(),
        template: z.enum(templates),
        file: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
export type ReportIndex = z.infer<typeof reportIndexSchema>;
export type ReportIndexEntry = ReportIndex['reports'][number];
