import * as z from 'zod/mini';
import { formatPath, type ValidationError } from './parse-report.ts';
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

export type IndexReading =
  | { readonly ok: true; readonly index: ReportIndex }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** The report list's text, read and validated. Never throws. */
export function parseIndex(text: string): IndexReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return {
      ok: false,
      errors: [
        { path: '', zh: '报告列表不是有效的 JSON', en: 'The report list is not valid JSON' },
      ],
    };
  }
  const index = reportIndexSchema.safeParse(json);
  if (index.success) return { ok: true, index: index.data };
  return {
    ok: false,
    errors: index.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      zh: `报告列表格式不正确：${issue.message}`,
      en: `The report list is malformed: ${issue.message}`,
    })),
  };
}
