import type { ReportFile } from './report-schema.ts';
import type { Template } from './table-layout.ts';

/**
 * A new report of a template: the national tables all blank, no text, the agency still to be
 * named (so it does not load until it is), the reporting year the one before `today`'s.
 */
export function blankReport(template: Template, today = new Date()): ReportFile {
  return {
    schemaVersion: 1,
    id: 'new-report',
    agency: { name: '' },
    year: today.getFullYear() - 1,
    template,
    // Every table takes its blank rows by default, but for 其他处理 which row shape it has.
    sections: { applications: { results: { otherHandling: {} } } },
  } as ReportFile;
}
