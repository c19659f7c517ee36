import { downloadText } from '../../export/download.ts';
import { exportFileName } from '../../export/file-name.ts';
import { reportJson } from '../../export/report-file.ts';
import type { Report } from '../../report/report-schema.ts';

/**
 * Saves the report in the data format. Imported only on a click (report-layout.tsx), so the
 * export code is not part of the first page.
 */
export function downloadReport(report: Report): void {
  downloadText(
    reportJson(report),
    exportFileName([report.agency.name, report.year, 'report'], 'json'),
    'application/json;charset=utf-8',
  );
}
