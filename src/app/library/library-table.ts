import type { CellNote, TableColumn, TableRow } from '../../components/tables/table-types.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import type { Library } from '../../library/library.ts';
import { metricById } from '../../library/metric-catalogue.ts';
import { metricCell, numberCell, textCell } from './metric-cell.ts';

const received = metricById('received');
const disclosureRate = metricById('disclosureRate');

/** The library as a table: a row per report, its facts, two headline figures and its counts. */
export function libraryTable(
  library: Library,
  m: Messages<LibraryMessages>,
): { columns: TableColumn[]; rows: TableRow[]; notes: Map<string, CellNote[]> } {
  const l = m.library;
  const columns: TableColumn[] = [
    { id: 'region', header: l.region },
    { id: 'level', header: l.level },
    { id: 'year', header: l.year },
    { id: 'template', header: l.template },
    { id: 'publishedOn', header: l.publishedOn },
    { id: 'origin', header: l.origin },
    { id: 'received', header: l.received },
    { id: 'disclosureRate', header: l.disclosureRate },
    { id: 'errors', header: l.errors },
    { id: 'warnings', header: l.warnings },
  ];
  const notes = new Map<string, CellNote[]>();
  const rows = library.entries.map((entry): TableRow => {
    const { report } = entry;
    const path = (column: string) => `library.${entry.id}.${column}`;
    const metric = (id: 'received' | 'disclosureRate') => {
      const definition = id === 'received' ? received : disclosureRate;
      if (!definition) throw new Error(`no metric ${id}`);
      const cell = metricCell(
        path(id),
        definition.read(report, entry.allFindings),
        definition.unit,
        entry.allFindings,
        m,
      );
      if (cell.notes.length > 0) notes.set(cell.ref.path, cell.notes);
      return cell.ref;
    };
    if (entry.counts.error > 0) {
      notes.set(path('errors'), [{ severity: 'error', message: l.failsNote(entry.counts.error) }]);
    }
    return {
      id: entry.id,
      label: report.agency.name,
      cells: {
        region: textCell(path('region'), report.agency.region),
        level: textCell(path('level'), report.agency.level && m.levels[report.agency.level]),
        year: numberCell(path('year'), report.year),
        template: textCell(path('template'), m.templateName(report.template)),
        publishedOn: textCell(path('publishedOn'), report.publishedOn),
        origin: textCell(path('origin'), m.origin[entry.origin]),
        received: metric('received'),
        disclosureRate: metric('disclosureRate'),
        errors: numberCell(path('errors'), entry.counts.error),
        warnings: numberCell(path('warnings'), entry.counts.warning),
      },
    };
  });
  return { columns, rows, notes };
}
