import { isBlankText } from '../../report/spaces.ts';
import { appealColumns, appealGroups } from '../../report/table-layout.ts';
import { type ImportIssue, issue } from '../import-issue.ts';
import { lastLabelIndex, takeValues, valuesWithContinuations } from './read-table-rows.ts';
import type { RowBlock } from '../source-document.ts';

const GROUP_SIZE = appealColumns.length;
const ROW_SIZE = appealGroups.length * GROUP_SIZE;

export type AppealRowReading =
  | { readonly kind: 'row'; readonly value: Record<string, unknown> }
  | { readonly kind: 'unplaced'; readonly warning: ImportIssue }
  | { readonly kind: 'none' };

/**
 * Table 四 as the national format prints it: header rows, then one row of 15 cells (行政复议,
 * 未经复议直接起诉, 复议后起诉, five cells each: 维持, 纠正, 其他, 尚未审结, 总计).
 */
export function readAppealRows(rows: readonly RowBlock[]): AppealRowReading {
  let unplaced: ImportIssue | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RowBlock;
    const after = row.cells.slice(lastLabelIndex(row.cells) + 1);
    // A row of nothing (a header row a converter left empty) is not the data row.
    if (after.length === 0 || after.every((cell) => isBlankText(cell.text))) continue;
    const { values } = valuesWithContinuations(rows, i, after, ROW_SIZE);
    // A few values alone are the data row only when the lines after complete it (a converter
    // that writes one cell a line); otherwise they are some other row's.
    if (after.length < GROUP_SIZE + 1 && values.length !== ROW_SIZE) continue;
    const taken = takeValues(values, ROW_SIZE);
    if ('problem' in taken) {
      unplaced ??= issue(
        `行政复议、行政诉讼表的数据行有 ${values.length} 个单元格，应有 ${ROW_SIZE} 个，无法确定对应关系`,
        `The data row of the reconsideration and litigation table has ${values.length} cells where it should have ${ROW_SIZE}; they cannot be matched to columns`,
        row.location,
      );
      continue;
    }
    const value = Object.fromEntries(
      appealGroups.map((group, g) => [
        group.key,
        Object.fromEntries(
          appealColumns.map((column, c) => [column.key, taken.cells[g * GROUP_SIZE + c] ?? null]),
        ),
      ]),
    );
    return { kind: 'row', value };
  }
  return unplaced ? { kind: 'unplaced', warning: unplaced } : { kind: 'none' };
}
