import type { Report } from '../../report/report-schema.ts';
import {
  allApplicationRows,
  appealRows,
  proactiveRows,
  type RowRef,
} from '../../report/table-rows.ts';
import type { FindingTable } from '../finding.ts';

/** Every row of the three tables with the table it belongs to. */
export function allRows(report: Report): { table: FindingTable; row: RowRef }[] {
  return [
    ...proactiveRows(report).map((row) => ({ table: 'proactive' as const, row })),
    ...allApplicationRows(report).map((row) => ({ table: 'applications' as const, row })),
    ...appealRows(report).map((row) => ({ table: 'appeals' as const, row })),
  ];
}
