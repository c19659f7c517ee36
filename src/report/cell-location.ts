import type { Cell } from './cell.ts';
import type { Label } from './label.ts';
import type { Report } from './report-schema.ts';
import { sectionLabels } from './table-layout.ts';
import {
  allApplicationRows,
  appealRows,
  proactiveRows,
  rowName,
  type RowRef,
} from './table-rows.ts';

/** A table cell as a reader finds it: its table, its row, its column, what it holds. */
export interface CellLocation {
  readonly table: Label;
  readonly row: Label;
  readonly column: Label;
  readonly cell: Cell;
}

const tables = (report: Report): [Label, RowRef[]][] => [
  [sectionLabels.proactive, proactiveRows(report)],
  [sectionLabels.applications, allApplicationRows(report)],
  [sectionLabels.appeals, appealRows(report)],
];

/** Every cell of the report's tables by its JSON path, located. */
export function cellLocations(report: Report): Map<string, CellLocation> {
  const located = new Map<string, CellLocation>();
  for (const [table, rows] of tables(report)) {
    for (const row of rows) {
      const name = { zh: rowName(row, 'zh'), en: rowName(row, 'en') };
      for (const ref of row.cells) {
        located.set(ref.path, { table, row: name, column: ref.columnLabel, cell: ref.cell });
      }
    }
  }
  return located;
}
