import type { CellNote, TableColumn, TableRow } from '../../components/tables/table-types.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { LibraryMessages } from '../../i18n/library-messages.ts';
import type { AgencyYear } from '../../library/library.ts';
import type { Label } from '../../report/label.ts';
import { sectionLabels } from '../../report/table-layout.ts';
import { mappedFigures, type MappedFigure } from '../../report/template-mapping.ts';
import { metricCell, textCell } from './metric-cell.ts';

function kindText(figure: MappedFigure, m: Messages<LibraryMessages>): string {
  const kinds = m.agency.kinds;
  if (figure.kind === 'renamed')
    return kinds.renamed(figure.label2019 ? m.text(figure.label2019) : '');
  return kinds[figure.kind];
}

/**
 * An agency's figures by year: a row per figure of the template mapping, grouped by table, a
 * column per year (a year with no report included), and how the two templates map it.
 */
export function agencyTable(
  years: readonly AgencyYear[],
  m: Messages<LibraryMessages>,
): { columns: TableColumn[]; rows: TableRow[]; notes: Map<string, CellNote[]> } {
  const a = m.agency;
  const columns: TableColumn[] = [
    { id: 'mapping', header: a.mapping },
    ...years.map((y) => ({
      id: String(y.year),
      header: y.entries.length ? String(y.year) : a.missingYear(y.year),
    })),
  ];
  const notes = new Map<string, CellNote[]>();
  const row = (figure: MappedFigure): TableRow => {
    const cells: TableRow['cells'] = {
      mapping: textCell(`agency.${figure.id}.mapping`, kindText(figure, m)),
    };
    for (const { year, entries } of years) {
      const entry = entries[0];
      const path = `agency.${figure.id}.${year}`;
      if (!entry) {
        cells[String(year)] = textCell(path, a.noReport);
        continue;
      }
      const reading = figure.read(entry.report);
      const value =
        reading === null
          ? { value: null, cells: [], derived: false, inTemplate: false }
          : { ...reading, inTemplate: true };
      const cell = metricCell(path, value, 'count', entry.allFindings, m);
      // The mapping column says which template a figure belongs to: no note on each "—" for it.
      const own = cell.notes.filter((n) => n.message !== m.notInTemplate);
      if (own.length) notes.set(path, own);
      cells[String(year)] = cell.ref;
    }
    return { id: figure.id, label: m.text(figure.label), cells };
  };
  const group = (table: MappedFigure['table']): TableRow => ({
    id: `table:${table}`,
    label: m.text(sectionLabels[table] as Label),
    cells: {},
    children: mappedFigures.filter((f) => f.table === table).map(row),
  });
  return { columns, rows: [group('applications'), group('proactive'), group('appeals')], notes };
}
