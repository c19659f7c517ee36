import { isBlank } from '../../report/cell.ts';
import type { Report } from '../../report/report-schema.ts';
import { rowName } from '../../report/table-rows.ts';
import type { Finding } from '../finding.ts';
import { allRows } from './all-rows.ts';

/** Cells the format asks a number for, left blank. One finding per row. */
export function checkBlankCells(report: Report): Finding[] {
  return allRows(report).flatMap(({ table, row }) => {
    const blank = row.cells.filter((c) => isBlank(c.cell));
    if (blank.length === 0) return [];
    const whole = blank.length === row.cells.length;
    const rowZh = rowName(row, 'zh');
    const rowEn = rowName(row, 'en');
    const columnsZh = blank.map((c) => c.label.zh.split(' · ').pop()).join('、');
    const columnsEn = blank.map((c) => c.label.en.split(' · ').pop()).join(', ');
    return [
      {
        ruleId: 'blank-cell',
        severity: 'warning',
        status: 'failed',
        table,
        message: whole
          ? { zh: `「${rowZh}」整行未填写`, en: `Row "${rowEn}" is not filled in at all` }
          : {
              zh: `「${rowZh}」有 ${blank.length} 个单元格为空：${columnsZh}（应填数字，没有则填 0）`,
              en: `Row "${rowEn}" has ${blank.length} blank cells: ${columnsEn} (the format asks for a number; 0 if none)`,
            },
        cells: blank.map((c) => c.path),
      },
    ];
  });
}
