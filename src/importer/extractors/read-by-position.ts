import { isBlankText } from '../../report/spaces.ts';
import type { Template } from '../../report/table-layout.ts';
import { type ImportIssue, issue } from '../import-issue.ts';
import type { SearchArea } from './fill-rows.ts';
import {
  type FoundRow,
  type TableReading,
  lastLabelIndex,
  readTableRows,
  takeValues,
} from './read-table-rows.ts';
import { type RowSpec, proactiveSpecs, specId } from './row-labels.ts';
import type { RowBlock, SourceCell } from '../source-document.ts';

// A table whose labels a converter lost or mangled (OCR's 数据1, 数据2; a header row left
// out) still has the national format's shape: so many rows, so many values a row. When the
// rows with values match a template's rows one for one, they are read by position, and a
// warning says so.

/**
 * The value cells of each row that has any: the cells after its last label cell. A row with a
 * label (however mangled) and only blank cells counts; a row of nothing is a header left empty.
 */
function valueRows(rows: readonly RowBlock[]): { row: RowBlock; values: SourceCell[] }[] {
  return rows
    .map((row) => {
      const label = lastLabelIndex(row.cells);
      return { row, label, values: row.cells.slice(label + 1) };
    })
    .filter(
      ({ label, values }) =>
        values.length > 0 && (label >= 0 || values.some((c) => !isBlankText(c.text))),
    );
}

/** The rows of `specs` read by position, or null when the shape does not match exactly. */
export function readByPosition(
  rows: readonly RowBlock[],
  specs: readonly RowSpec[],
): ReadonlyMap<string, FoundRow> | null {
  const cellRows = specs.filter((s) => !s.group);
  const found = valueRows(rows);
  if (found.length !== cellRows.length) return null;
  const placed = found.map(({ row, values }, i) => {
    const spec = cellRows[i] as RowSpec;
    // Blank cells before the values are a merged label cell's place, as when read by label.
    const taken = takeValues(values, spec.columns.length);
    return 'cells' in taken ? { spec, cells: taken.cells, location: row.location } : null;
  });
  if (placed.some((p) => p === null)) return null;
  return new Map((placed as FoundRow[]).map((row) => [specId(row.spec), row]));
}

export function positionWarning(area: SearchArea, rows: number): ImportIssue {
  return issue(
    `${area.table.zh}的行标签无法识别，但它的 ${rows} 行数据与国家格式的行一一对应，已按位置读取，请核对（查找范围：${area.zh}）`,
    `The row labels of ${area.table.en} could not be read, but its ${rows} rows of values match the national format's rows one for one, so they were read by position: please check (looked ${area.en})`,
    area.location,
  );
}

/** A reading by labels, or by position when the labels placed fewer than half the rows. */
export function readOrPosition(
  reading: TableReading,
  rows: readonly RowBlock[],
  specs: readonly RowSpec[],
  area: SearchArea,
): TableReading {
  const cellRows = specs.filter((s) => !s.group).length;
  if (reading.placed * 2 >= cellRows) return reading;
  const byPosition = readByPosition(rows, specs);
  if (!byPosition) return reading;
  return {
    found: byPosition,
    placed: byPosition.size,
    warnings: [positionWarning(area, byPosition.size)],
  };
}

/**
 * The template table 二's rows fit: how many values each row has (2021 prints one for
 * 行政许可, 2019 three), by label or, failing labels, by position. Null when neither fits better.
 */
export function templateByStructure(rows: readonly RowBlock[]): Template | null {
  const fit = (template: Template): number => {
    const specs = proactiveSpecs(template);
    const byLabel = readTableRows(rows, specs).placed;
    const byPosition = readByPosition(rows, specs) ? specs.length : 0;
    return Math.max(byLabel, byPosition);
  };
  const a = fit('2019');
  const b = fit('2021');
  if (a === b) return null;
  return a > b ? '2019' : '2021';
}
