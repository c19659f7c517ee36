import type { Cell } from './cell.ts';
import type { Report } from './report-schema.ts';
import {
  appealColumns,
  appealGroups,
  applicantColumns,
  applicationLabels,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  proactiveLayouts,
  unavailableReasons,
} from './table-layout.ts';
import type { KeyedLabel, Label } from './label.ts';

// Flat, labelled views of the three tables: every row with its JSON path and every cell with
// its path and a human label. The checks and the UI both read these, so they name a cell the
// same way.

export interface CellRef {
  readonly path: string;
  readonly column: string;
  readonly cell: Cell;
  readonly label: Label;
  /** The column's own label (自然人, 总计), as the table's header prints it. */
  readonly columnLabel: Label;
  /** The row's name with its groups (`（三）不予公开 / 1.属于国家秘密`). */
  readonly rowLabel: Label;
}

export interface RowRef {
  readonly path: string;
  readonly key: string;
  readonly label: Label;
  /** Labels of the enclosing groups, outermost first (e.g. （三）不予公开). */
  readonly groups: readonly Label[];
  readonly cells: readonly CellRef[];
}

type CellRow = Readonly<Record<string, Cell>>;

function rowRef(
  path: string,
  key: string,
  label: Label,
  groups: readonly Label[],
  row: CellRow,
  columns: readonly KeyedLabel[],
): RowRef {
  const rowLabel: Label = {
    zh: [...groups, label].map((l) => l.zh).join(' / '),
    en: [...groups, label].map((l) => l.en).join(' / '),
  };
  const fullLabel = (column: Label): Label => ({
    zh: rowLabel.zh + ' · ' + column.zh,
    en: rowLabel.en + ' · ' + column.en,
  });
  return {
    path,
    key,
    label,
    groups,
    cells: columns.map((column) => ({
      path: `${path}.${column.key}`,
      column: column.key,
      cell: row[column.key] ?? { raw: null, value: null },
      label: fullLabel(column),
      columnLabel: column,
      rowLabel,
    })),
  };
}

/** The row's name with its groups: `（三）不予公开 / 1.属于国家秘密`. */
export function rowName(row: RowRef, lang: keyof Label): string {
  return [...row.groups, row.label].map((l) => l[lang]).join(' / ');
}

export function cellOf(row: RowRef, column: string): CellRef {
  const found = row.cells.find((c) => c.column === column);
  if (!found) throw new Error(`No column ${column} in ${row.path}`);
  return found;
}

export interface ApplicationRows {
  readonly received: RowRef;
  readonly carriedOver: RowRef;
  /** The result rows that add up to （七）总计, in printed order. */
  readonly results: readonly RowRef[];
  readonly resultsTotal: RowRef;
  readonly carriedForward: RowRef;
}

const APPLICATIONS = 'sections.applications';
const RESULTS = `${APPLICATIONS}.results`;

export function applicationRows(report: Report): ApplicationRows {
  const table = report.sections.applications;
  const results = table.results;
  const plain = (key: 'received' | 'carriedOver' | 'carriedForward') =>
    rowRef(`${APPLICATIONS}.${key}`, key, applicationLabels[key], [], table[key], applicantColumns);
  const result = (key: 'granted' | 'partiallyGranted' | 'total') =>
    rowRef(`${RESULTS}.${key}`, key, applicationLabels[key], [], results[key], applicantColumns);
  const group = (
    key: 'denied' | 'unavailable' | 'notProcessed' | 'otherHandling',
    reasons: readonly KeyedLabel[],
    rows: Readonly<Record<string, CellRow>>,
  ) =>
    reasons.map((reason) =>
      rowRef(
        `${RESULTS}.${key}.${reason.key}`,
        reason.key,
        reason,
        [applicationLabels[key]],
        rows[reason.key] ?? {},
        applicantColumns,
      ),
    );

  const otherHandling = results.otherHandling;
  const otherRows =
    'noCorrection' in otherHandling
      ? group('otherHandling', otherHandlingReasons, otherHandling)
      : [
          rowRef(
            `${RESULTS}.otherHandling`,
            'otherHandling',
            applicationLabels.otherHandling,
            [],
            otherHandling,
            applicantColumns,
          ),
        ];

  return {
    received: plain('received'),
    carriedOver: plain('carriedOver'),
    results: [
      result('granted'),
      result('partiallyGranted'),
      ...group('denied', deniedReasons, results.denied),
      ...group('unavailable', unavailableReasons, results.unavailable),
      ...group('notProcessed', notProcessedReasons, results.notProcessed),
      ...otherRows,
    ],
    resultsTotal: result('total'),
    carriedForward: plain('carriedForward'),
  };
}

/** Every row of table 三 in printed order. */
export function allApplicationRows(report: Report): RowRef[] {
  const rows = applicationRows(report);
  return [rows.received, rows.carriedOver, ...rows.results, rows.resultsTotal, rows.carriedForward];
}

export function appealRows(report: Report): RowRef[] {
  const table = report.sections.appeals;
  return appealGroups.map((group) =>
    rowRef(`sections.appeals.${group.key}`, group.key, group, [], table[group.key], appealColumns),
  );
}

export function proactiveRows(report: Report): RowRef[] {
  const table = report.sections.proactive as Readonly<Record<string, CellRow>>;
  return proactiveLayouts[report.template].map((row) =>
    rowRef(`sections.proactive.${row.key}`, row.key, row, [], table[row.key] ?? {}, row.columns),
  );
}
