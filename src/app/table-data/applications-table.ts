import type { TableColumn, TableRow } from '../../components/tables/table-types.ts';
import type { Report } from '../../report/report-schema.ts';
import { applicantColumns, applicationLabels } from '../../report/table-layout.ts';
import type { Label } from '../../report/label.ts';
import { applicationRows, type RowRef } from '../../report/table-rows.ts';
import { groupRow, toTableRow } from './to-table-row.ts';

/** Table 三's columns; the five kinds of 法人或其他组织 under one spanning header. */
export function applicationColumns(
  label: (l: Label) => string,
  organisations: string,
): TableColumn[] {
  return applicantColumns.map((c) => ({
    id: c.key,
    header: label(c),
    ...(c.key === 'person' || c.key === 'total' ? {} : { group: organisations }),
  }));
}

/** Table 三 as a tree: 三、本年度办理结果 holds the outcomes, 不予公开 etc. their reasons. */
export function applicationTableRows(report: Report, label: (l: Label) => string): TableRow[] {
  const rows = applicationRows(report);
  const row = (r: RowRef) => toTableRow(r, 'applications', label);
  const inGroup = (group: keyof typeof applicationLabels) =>
    rows.results.filter((r) => r.groups[0] === applicationLabels[group]).map(row);
  const topLevelResults = rows.results.filter((r) => r.groups.length === 0).map(row);
  const grouped = (key: 'denied' | 'unavailable' | 'notProcessed' | 'otherHandling') => {
    const children = inGroup(key);
    return children.length > 0
      ? [groupRow(`results.${key}`, label(applicationLabels[key]), children)]
      : [];
  };
  const results = groupRow('results', label(applicationLabels.results), [
    ...topLevelResults.filter((r) => r.id !== 'results.otherHandling'),
    ...grouped('denied'),
    ...grouped('unavailable'),
    ...grouped('notProcessed'),
    ...topLevelResults.filter((r) => r.id === 'results.otherHandling'),
    ...grouped('otherHandling'),
    row(rows.resultsTotal),
  ]);
  return [row(rows.received), row(rows.carriedOver), results, row(rows.carriedForward)];
}
