import type { ExportTable } from '../../export/export-table.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { FindingsMessages } from '../../i18n/findings-messages.ts';
import type { FindingView } from './finding-view.ts';

/**
 * The review list (问题清单) as a table: one row a finding, with its severity, table, row,
 * column, value, message, decision and note, for the page, the workbook and the CSV alike.
 */
export function reviewTable(
  views: readonly FindingView[],
  m: Messages<FindingsMessages>,
  severityName: (severity: FindingView['finding']['severity']) => string,
): ExportTable {
  const [number = '', ...columns] = m.reviewColumns;
  return {
    title: m.reviewSheet,
    rowHeader: number,
    columns,
    rows: views.map((v, i) => ({
      label: String(i + 1),
      cells: [
        severityName(v.finding.severity),
        m.text(v.table),
        v.row ? m.text(v.row) : '',
        v.column ? m.text(v.column) : '',
        v.value === undefined ? '' : (v.value ?? m.blankValue),
        m.text(v.finding.message),
        v.decision
          ? v.decision.decision === 'confirmed'
            ? m.confirmed
            : m.dismissed
          : m.undecided,
        v.decision?.note ?? '',
      ],
    })),
  };
}
