import type { CellNote, TableCellRef, TableRow } from '../../components/tables/table-types.ts';
import { MetricFlag } from '../../dataset/dataset-columns.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { DatasetMessages } from '../../i18n/dataset-messages.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import { metricById } from '../../library/metric-catalogue.ts';

/** A metric of a worker's row as a table cell, with the notes that explain it. */
export function metricRef(
  path: string,
  id: string,
  row: WindowRow,
  m: Messages<LibraryMessages>,
  d: Messages<DatasetMessages>,
): { ref: TableCellRef; notes: CellNote[] } {
  const value = row.values[id];
  const flags = row.flags[id] ?? 0;
  const notes: CellNote[] = [];
  if (flags & MetricFlag.failedCheck) notes.push({ severity: 'error', message: d.failedMark });
  if (typeof value !== 'number') {
    notes.push({
      severity: 'info',
      message: flags & MetricFlag.notInTemplate ? m.notInTemplate : m.notComputable,
    });
    return { ref: { path, cell: { raw: '—', value: null, notApplicable: true } }, notes };
  }
  if (flags & MetricFlag.derived) notes.push({ severity: 'info', message: m.derived });
  // Shares come as percentages; shown to one decimal, as the library's own tables do.
  const share = metricById(id)?.unit === 'share';
  const raw = share ? Math.round(value * 10) / 10 : value;
  return { ref: { path, cell: { raw, value } }, notes };
}

const text = (path: string, value: string | undefined | null): TableCellRef => ({
  path,
  cell: { raw: value ?? null, value: null },
});
const number = (path: string, value: number | string | null | undefined): TableCellRef =>
  typeof value === 'number' ? { path, cell: { raw: value, value } } : text(path, null);

/** The library's columns of a worker's rows. */
export function libraryRows(
  rows: readonly WindowRow[],
  m: Messages<LibraryMessages>,
  d: Messages<DatasetMessages>,
): { rows: TableRow[]; notes: Map<string, CellNote[]> } {
  const notes = new Map<string, CellNote[]>();
  const out = rows.map((row): TableRow => {
    const path = (column: string) => `library.${row.id}.${column}`;
    const v = row.values;
    const metric = (id: string) => {
      const cell = metricRef(path(id), id, row, m, d);
      if (cell.notes.length) notes.set(cell.ref.path, cell.notes);
      return cell.ref;
    };
    const origin = String(v.origin ?? '');
    const errors = typeof v.errors === 'number' ? v.errors : 0;
    if (errors > 0)
      notes.set(path('errors'), [{ severity: 'error', message: m.library.failsNote(errors) }]);
    return {
      id: row.id,
      label: row.agency,
      cells: {
        region: text(path('region'), v.region as string | null),
        level: text(path('level'), typeof v.level === 'string' ? m.levels[v.level] : null),
        year: number(path('year'), row.year),
        template: text(
          path('template'),
          typeof v.template === 'string' ? m.templateName(v.template) : null,
        ),
        publishedOn: text(path('publishedOn'), v.publishedOn as string | null),
        origin: text(
          path('origin'),
          origin === 'dataset' ? d.origin : (m.origin as Record<string, string>)[origin],
        ),
        received: metric('received'),
        disclosureRate: metric('disclosureRate'),
        errors: number(path('errors'), v.errors),
        warnings: number(path('warnings'), v.warnings),
      },
    };
  });
  return { rows: out, notes };
}

/** The comparison's columns (every metric) of a worker's rows. */
export function compareRows(
  rows: readonly WindowRow[],
  metricIds: readonly string[],
  m: Messages<LibraryMessages>,
  d: Messages<DatasetMessages>,
): { rows: TableRow[]; notes: Map<string, CellNote[]> } {
  const notes = new Map<string, CellNote[]>();
  const out = rows.map((row): TableRow => {
    const cells: TableRow['cells'] = {};
    for (const id of metricIds) {
      const cell = metricRef(`compare.${row.id}.${id}`, id, row, m, d);
      if (cell.notes.length) notes.set(cell.ref.path, cell.notes);
      cells[id] = cell.ref;
    }
    return { id: row.id, label: `${row.agency} ${m.yearName(row.year)}`, cells };
  });
  return { rows: out, notes };
}
