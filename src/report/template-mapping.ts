import type { Label } from './label.ts';
import { rowTotal } from './metrics.ts';
import type { Report } from './report-schema.ts';
import {
  appealColumns,
  appealGroups,
  applicationLabels,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  proactiveLayouts,
  unavailableReasons,
  type Template,
} from './table-layout.ts';
import {
  appealRows as allAppealRows,
  applicationRows as allApplicationRows,
  cellOf,
  proactiveRows as allProactiveRows,
  type RowRef,
} from './table-rows.ts';

// The 2019 and 2021 templates mapped onto one another, for following one agency over years
// that straddle the change (docs/template-mapping.md). A figure is one row of that comparison:
// where both templates have a cell that means the same, it reads that cell in either; where
// only one has it, it is marked and the other template's years show it as not in the template.

/**
 * `same`: one cell, one meaning, one label in both. `renamed`: the same meaning under another
 * label. `regrouped`: the same total, printed as one row or as three (（六）其他处理).
 * `only-2019`, `only-2021`: no counterpart in the other template. `split-only`: only where
 * 2021's three 其他处理 rows are printed.
 */
export type MappingKind =
  'same' | 'renamed' | 'regrouped' | 'only-2019' | 'only-2021' | 'split-only';

export type FigureTable = 'applications' | 'proactive' | 'appeals';

/** A figure as read from one report: its value and the cells it was read from. */
export interface FigureReading {
  readonly value: number | null;
  /** JSON paths of the cells read. */
  readonly cells: readonly string[];
  /** True when a blank 总计 was replaced by the sum of its row's filled cells. */
  readonly derived: boolean;
}

export interface MappedFigure {
  readonly id: string;
  readonly table: FigureTable;
  /** The label of the template in force (2021), or of the one template that has it. */
  readonly label: Label;
  readonly kind: MappingKind;
  /** What 2019 called it, when that differs. */
  readonly label2019?: Label;
  /** The reading of a report, or null when its template (or its printed shape) has no such cell. */
  readonly read: (report: Report) => FigureReading | null;
}

/** A report's row views, built once a report: a comparison reads dozens of figures of each. */
function perReport<T>(build: (report: Report) => T): (report: Report) => T {
  const cache = new WeakMap<Report, T>();
  return (report) => {
    let value = cache.get(report);
    if (value === undefined) {
      value = build(report);
      cache.set(report, value);
    }
    return value;
  };
}
export const applicationRows = perReport(allApplicationRows);
export const appealRows = perReport(allAppealRows);
export const proactiveRows = perReport(allProactiveRows);

const join = (parts: readonly Label[]): Label => ({
  zh: parts.map((p) => p.zh).join(' · '),
  en: parts.map((p) => p.en).join(' · '),
});

function totalOf(row: RowRef): FigureReading {
  const total = rowTotal(row);
  const cells = total.derived ? row.cells.map((c) => c.path) : [cellOf(row, 'total').path];
  return { value: total.value, cells, derived: total.derived };
}

/** The sum of rows' totals; null when none is known (never 0 for "nothing printed"). */
export function sumOfTotals(rows: readonly RowRef[]): FigureReading {
  const readings = rows.map(totalOf);
  const known = readings.filter((r) => r.value !== null);
  return {
    value: known.length === 0 ? null : known.reduce((s, r) => s + (r.value ?? 0), 0),
    cells: readings.flatMap((r) => r.cells),
    derived: readings.some((r) => r.derived),
  };
}

/** The rows of table 三 under one of its group labels, or the row of that key. */
export function outcomeRows(report: Report, key: keyof typeof applicationLabels): RowRef[] {
  return applicationRows(report).results.filter(
    (r) => r.groups[0] === applicationLabels[key] || (r.groups.length === 0 && r.key === key),
  );
}

const reasonLabels = {
  denied: deniedReasons,
  unavailable: unavailableReasons,
  notProcessed: notProcessedReasons,
};

const isSplit = (report: Report) =>
  'noCorrection' in report.sections.applications.results.otherHandling;

function applicationFigures(): MappedFigure[] {
  const plain = (key: 'received' | 'carriedOver' | 'carriedForward'): MappedFigure => ({
    id: key,
    table: 'applications',
    label: applicationLabels[key],
    kind: 'same',
    read: (report) => totalOf(applicationRows(report)[key]),
  });
  const group = (
    key: 'granted' | 'partiallyGranted' | 'denied' | 'unavailable' | 'notProcessed',
  ) => ({
    id: key,
    table: 'applications' as const,
    label: applicationLabels[key],
    kind: 'same' as const,
    read: (report: Report) => sumOfTotals(outcomeRows(report, key)),
  });
  const reasons = (key: 'denied' | 'unavailable' | 'notProcessed'): MappedFigure[] =>
    reasonLabels[key].map((reason) => ({
      id: `${key}.${reason.key}`,
      table: 'applications',
      label: join([applicationLabels[key], reason]),
      kind: 'same',
      read: (report) =>
        totalOf(outcomeRows(report, key).find((r) => r.key === reason.key) as RowRef),
    }));
  return [
    plain('received'),
    plain('carriedOver'),
    group('granted'),
    group('partiallyGranted'),
    group('denied'),
    ...reasons('denied'),
    group('unavailable'),
    ...reasons('unavailable'),
    group('notProcessed'),
    ...reasons('notProcessed'),
    {
      id: 'otherHandling',
      table: 'applications',
      label: applicationLabels.otherHandling,
      kind: 'regrouped',
      read: (report) => sumOfTotals(outcomeRows(report, 'otherHandling')),
    },
    ...otherHandlingReasons.map((reason): MappedFigure => ({
      id: `otherHandling.${reason.key}`,
      table: 'applications',
      label: join([applicationLabels.otherHandling, reason]),
      kind: 'split-only',
      read: (report) =>
        isSplit(report)
          ? totalOf(
              outcomeRows(report, 'otherHandling').find((r) => r.key === reason.key) as RowRef,
            )
          : null,
    })),
    {
      id: 'resultsTotal',
      table: 'applications',
      label: applicationLabels.total,
      kind: 'same',
      read: (report) => totalOf(applicationRows(report).resultsTotal),
    },
    plain('carriedForward'),
  ];
}

/** 2019's cells that mean what 2021's do, by row: (2019 column, 2021 column). */
const correspondences: Readonly<Record<string, readonly [string, string]>> = {
  rules: ['newlyMade', 'issued'],
  normativeDocuments: ['newlyMade', 'issued'],
  licensing: ['decisions', 'decisions'],
  penalties: ['decisions', 'decisions'],
  coercion: ['decisions', 'decisions'],
};

type Layout = (typeof proactiveLayouts)[Template][number];

function proactiveCell(template: Template, rowKey: string, column: string) {
  return (report: Report): FigureReading | null => {
    if (report.template !== template) return null;
    const row = proactiveRows(report).find((r) => r.key === rowKey) as RowRef;
    const cell = cellOf(row, column);
    return { value: cell.cell.value, cells: [cell.path], derived: false };
  };
}

function publicationFigures(): MappedFigure[] {
  const rowLabel = (layout: Layout): Label => ({ zh: layout.zh, en: layout.en });
  const figures: MappedFigure[] = [];
  for (const row of proactiveLayouts['2021']) {
    const [column2019, column2021] = correspondences[row.key] ?? [];
    const row2019 = proactiveLayouts['2019'].find((r) => r.key === row.key) as Layout;
    for (const column of row.columns) {
      const id = `${row.key}.${column.key}`;
      const label = join([rowLabel(row), column]);
      if (column.key !== column2021) {
        figures.push({
          id,
          table: 'proactive',
          label,
          kind: 'only-2021',
          read: proactiveCell('2021', row.key, column.key),
        });
        continue;
      }
      const old = row2019.columns.find((c) => c.key === column2019) as Label;
      const label2019 = join([rowLabel(row2019), old]);
      figures.push({
        id,
        table: 'proactive',
        label,
        kind: 'renamed',
        label2019,
        read: (report) =>
          report.template === '2021'
            ? proactiveCell('2021', row.key, column.key)(report)
            : proactiveCell('2019', row.key, column2019 as string)(report),
      });
    }
  }
  for (const row of proactiveLayouts['2019']) {
    const [column2019] = correspondences[row.key] ?? [];
    for (const column of row.columns) {
      if (column.key === column2019) continue;
      figures.push({
        id: `${row.key}.${column.key}`,
        table: 'proactive',
        label: join([rowLabel(row), column]),
        kind: 'only-2019',
        read: proactiveCell('2019', row.key, column.key),
      });
    }
  }
  return figures;
}

function appealFigures(): MappedFigure[] {
  return appealGroups.flatMap((group) =>
    appealColumns.map((column): MappedFigure => ({
      id: `${group.key}.${column.key}`,
      table: 'appeals',
      label: join([group, column]),
      kind: 'same',
      read: (report) => {
        const row = appealRows(report).find((r) => r.key === group.key) as RowRef;
        const cell = cellOf(row, column.key);
        return { value: cell.cell.value, cells: [cell.path], derived: false };
      },
    })),
  );
}

/** Every figure an agency's years are compared by, tables 三, 二 and 四 in that order. */
export const mappedFigures: readonly MappedFigure[] = [
  ...applicationFigures(),
  ...publicationFigures(),
  ...appealFigures(),
];
