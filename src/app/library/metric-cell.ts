import type { Finding } from '../../checks/finding.ts';
import type { CellNote, TableCellRef } from '../../components/tables/table-types.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import type { Messages } from '../../i18n/bundle.ts';
import {
  failedChecksBehind,
  type MetricUnit,
  type MetricValue,
} from '../../library/metric-catalogue.ts';

/** A share as the tables show it: a percentage to one decimal (the exported files say the same). */
export const percentOf = (share: number): number => Math.round(share * 1000) / 10;

/**
 * A metric as a table cell, with the notes that explain it: the failed checks behind it (an
 * error: rank it with care), a total derived from its parts, a value that cannot be computed
 * or is not in the report's template ("—").
 */
export function metricCell(
  path: string,
  metric: MetricValue,
  unit: MetricUnit,
  findings: readonly Finding[],
  m: Messages<LibraryMessages>,
): { ref: TableCellRef; notes: CellNote[] } {
  const notes: CellNote[] = [];
  const failed = failedChecksBehind(metric, findings);
  if (failed.length > 0) {
    notes.push({
      severity: 'error',
      message: m.failedBehind(failed.map((f) => m.text(f.message)).join(' ')),
    });
  }
  if (metric.value === null) {
    notes.push({
      severity: 'info',
      message: metric.inTemplate ? m.notComputable : m.notInTemplate,
    });
    return { ref: { path, cell: { raw: '—', value: null, notApplicable: true } }, notes };
  }
  if (metric.derived) notes.push({ severity: 'info', message: m.derived });
  const value = unit === 'share' ? metric.value * 100 : metric.value;
  const raw = unit === 'share' ? percentOf(metric.value) : metric.value;
  return { ref: { path, cell: { raw, value } }, notes };
}

/** A plain text cell (a region, a date); blank when there is none. */
export const textCell = (path: string, text: string | undefined): TableCellRef => ({
  path,
  cell: { raw: text ?? null, value: null },
});

export const numberCell = (path: string, value: number): TableCellRef => ({
  path,
  cell: { raw: value, value },
});
