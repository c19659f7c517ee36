import type { Template } from '../../report/table-layout.ts';
import { type ImportIssue, issue } from '../import-issue.ts';
import { fillRows, type SearchArea } from './fill-rows.ts';
import { readAppealRows } from './read-appeal-rows.ts';
import { readOrPosition } from './read-by-position.ts';
import { type TableReading, readTableRows } from './read-table-rows.ts';
import {
  type RowSpec,
  appealSpecs,
  applicationSpecs,
  proactiveSpecs,
  specId,
} from './row-labels.ts';
import type { RowBlock } from '../source-document.ts';

export interface TableResult {
  readonly value: Record<string, unknown>;
  readonly warnings: readonly ImportIssue[];
}

function tableNotFound(area: SearchArea): ImportIssue {
  return issue(
    `没有找到${area.table.zh}的任何一行，整张表留空（查找范围：${area.zh}）`,
    `No row of ${area.table.en} was found; the whole table is left blank (looked ${area.en})`,
    area.location,
  );
}

function read(
  labelled: TableReading,
  rows: readonly RowBlock[],
  specs: readonly RowSpec[],
  area: SearchArea,
): TableResult {
  const reading = readOrPosition(labelled, rows, specs, area);
  const filled = fillRows(specs, reading.found, area);
  if (reading.found.size === 0) return { value: filled.value, warnings: [tableNotFound(area)] };
  return { value: filled.value, warnings: [...reading.warnings, ...filled.warnings] };
}

export function readProactive(
  rows: readonly RowBlock[],
  template: Template,
  area: SearchArea,
): TableResult {
  const specs = proactiveSpecs(template);
  return read(readTableRows(rows, specs), rows, specs, area);
}

const isSplitOtherHandling = (spec: RowSpec): boolean =>
  spec.path.length === 3 && spec.path[1] === 'otherHandling';
const isSingleOtherHandling = (spec: RowSpec): boolean => specId(spec) === 'results.otherHandling';

/**
 * Table 三. In template 2021 （六）其他处理 is three rows, or the old single row where the
 * report printed that (many 2023 and 2024 reports do): the rows found decide which.
 */
export function readApplications(
  rows: readonly RowBlock[],
  template: Template,
  area: SearchArea,
): TableResult {
  const all = applicationSpecs(template);
  const reading = readTableRows(rows, all);
  if (template === '2019') return read(reading, rows, all, area);
  const { found } = reading;
  const splitFound = all.some((s) => isSplitOtherHandling(s) && found.has(specId(s)));
  const singleFound = found.has('results.otherHandling');
  const single = singleFound && !splitFound;
  const specs = all.filter((s) => (single ? !isSplitOtherHandling(s) : !isSingleOtherHandling(s)));
  if (found.size === 0) {
    // Nothing read by label: the shape of either form of （六） may still match by position.
    const singleSpecs = all.filter((s) => !isSplitOtherHandling(s));
    const bySingle = readOrPosition(reading, rows, singleSpecs, area);
    if (bySingle !== reading) return read(bySingle, rows, singleSpecs, area);
  }
  return read(reading, rows, specs, area);
}

/** Table 四; a row that cannot be placed is only reported in its own section. */
export function readAppeals(
  rows: readonly RowBlock[],
  area: SearchArea,
  ownSection: boolean,
): TableResult {
  const full = readAppealRows(rows);
  if (full.kind === 'row') {
    return { value: full.value, warnings: [] };
  }
  const result = read(readTableRows(rows, appealSpecs), rows, appealSpecs, area);
  return full.kind === 'unplaced' && ownSection
    ? { ...result, warnings: [full.warning, ...result.warnings] }
    : result;
}
