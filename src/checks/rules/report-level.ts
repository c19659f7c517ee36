import type { Report } from '../../report/report-schema.ts';
import { sectionLabels, textSectionKeys } from '../../report/table-layout.ts';
import type { Finding } from '../finding.ts';
import { allRows } from './all-rows.ts';

/** A text section with no text, or a table with no cell filled. */
export function checkEmptySections(report: Report): Finding[] {
  const empty: Finding[] = textSectionKeys
    .filter((key) => report.sections[key].paragraphs.every((p) => p.trim() === ''))
    .map((key) => ({
      ruleId: 'empty-section',
      severity: 'warning',
      status: 'failed',
      table: 'report',
      message: {
        zh: `${sectionLabels[key].zh} 没有内容`,
        en: `Section ${sectionLabels[key].en} has no text`,
      },
      cells: [`sections.${key}`],
    }));
  const rows = allRows(report);
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const cells = rows.filter((r) => r.table === table).flatMap((r) => r.row.cells);
    if (cells.every((c) => c.cell.raw === null)) {
      empty.push({
        ruleId: 'empty-section',
        severity: 'warning',
        status: 'failed',
        table,
        message: {
          zh: `${sectionLabels[table].zh} 的表格完全没有填写`,
          en: `The table of section ${sectionLabels[table].en} is entirely blank`,
        },
        cells: [`sections.${table}`],
      });
    }
  }
  return empty;
}

/**
 * Departments publish by 31 January, a government's own report by 31 March (条例 art. 49-50).
 * Which one an agency is, is told by its name.
 */
export function checkLatePublication(report: Report): Finding[] {
  if (!report.publishedOn) return [];
  const isGovernment = /人民政府$/.test(report.agency.name.trim());
  const deadline = `${report.year + 1}-${isGovernment ? '03-31' : '01-31'}`;
  if (report.publishedOn <= deadline) return [];
  return [
    {
      ruleId: 'late-publication',
      severity: 'warning',
      status: 'failed',
      table: 'report',
      message: {
        zh: `发布日期 ${report.publishedOn} 晚于截止日期 ${deadline}`,
        en: `Published on ${report.publishedOn}, after the deadline of ${deadline}`,
      },
      cells: ['publishedOn'],
    },
  ];
}
