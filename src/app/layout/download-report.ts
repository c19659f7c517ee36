import type { Finding } from '../../checks/finding.ts';
import { downloadBlob, downloadText } from '../../export/download.ts';
import type { ExportTable } from '../../export/export-table.ts';
import { exportFileName } from '../../export/file-name.ts';
import { buildReportXlsx } from '../../export/national-sheets.ts';
import { reportJson } from '../../export/report-file.ts';
import { checksMessages } from '../../i18n/checks-messages.ts';
import { exportMessages } from '../../i18n/export-messages.ts';
import type { LoadedReport } from '../../load/load-report.ts';
import type { Lang } from '../../report/label.ts';
import type { Report } from '../../report/report-schema.ts';

// The whole report as one file. Imported only on a click (report-layout.tsx), so the export
// code, its strings and the workbook library are not part of the first page.

/** Saves the report in the data format. */
export function downloadReport(report: Report): void {
  downloadText(
    reportJson(report),
    exportFileName([report.agency.name, report.year, 'report'], 'json'),
    'application/json;charset=utf-8',
  );
}

function findingsTable(findings: readonly Finding[], lang: Lang): ExportTable {
  const c = checksMessages.get(lang) ?? checksMessages.get('zh');
  const x = (exportMessages.get(lang) ?? exportMessages.get('zh'))?.findingsSheet;
  if (!c || !x) throw new Error('the export strings are missing');
  const [severity = '', ...columns] = x.columns;
  const severities = { error: c.severityError, warning: c.severityWarning, info: c.severityInfo };
  const tables = {
    proactive: c.tableProactive,
    applications: c.tableApplications,
    appeals: c.tableAppeals,
    report: c.tableReport,
  };
  return {
    title: x.title,
    rowHeader: severity,
    columns,
    rows: findings.map((f) => ({
      label: severities[f.severity],
      cells: [
        f.status === 'failed' ? x.failed : x.notAssessable,
        f.ruleId,
        tables[f.table],
        f.cells[0] ?? null,
        c.text(f.message),
        f.expected ?? null,
        f.actual ?? null,
      ],
    })),
  };
}

/** Saves one workbook: the three tables in the national layout, then the findings. */
export async function downloadWorkbook({ report, findings }: LoadedReport, lang: Lang) {
  const blob = await buildReportXlsx(report, [findingsTable(findings, lang)]);
  downloadBlob(blob, exportFileName([report.agency.name, report.year, 'report'], 'xlsx'));
}
