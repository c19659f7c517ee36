import * as z from 'zod';
import { templates } from './table-layout.ts';

/** `public/data/reports/index.json`: the reports the app can open, read before any report. */
export const reportIndexSchema = z.strictObject({
  default: z.string().optional(),
  reports: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        agency: z.string().min(1),
        year: z.number().int(),
        template: z.enum(templates),
        file: z.string().min(1),
      }),
    )
    .min(1),
});
export type ReportIndex = z.infer<typeof reportIndexSchema>;
export type ReportIndexEntry = ReportIndex['reports'][number];
