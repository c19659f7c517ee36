import { isNonNumericText } from '../../report/cell.ts';
import type { Report } from '../../report/report-schema.ts';
import { nonCountCells } from '../../report/table-layout.ts';
import type { Finding } from '../finding.ts';
import { allRows } from './all-rows.ts';

/** Text that holds no number where the format asks for one. */
export function checkNonNumeric(report: Report): Finding[] {
  return allRows(report).flatMap(({ table, row }) =>
    row.cells
      .filter((c) => isNonNumericText(c.cell))
      .map((c): Finding => ({
        ruleId: 'non-numeric',
        severity: 'warning',
        status: 'failed',
        table,
        message: {
          zh: `${c.label.zh} 填的是「${String(c.cell.raw)}」，不是数字`,
          en: `${c.label.en} holds "${String(c.cell.raw)}", which is not a number`,
        },
        cells: [c.path],
        actual: null,
      })),
  );
}

/** Counts must be whole and not negative; money and signed changes are exempt. */
export function checkWholeNumbers(report: Report): Finding[] {
  const exempt = new Set(nonCountCells[report.template].map((p) => `sections.proactive.${p}`));
  return allRows(report).flatMap(({ table, row }) =>
    row.cells
      .filter((c) => !exempt.has(c.path))
      .filter((c) => c.cell.value !== null && (!Number.isInteger(c.cell.value) || c.cell.value < 0))
      .map((c): Finding => ({
        ruleId: 'whole-number',
        severity: 'error',
        status: 'failed',
        table,
        message: {
          zh: `${c.label.zh} 是件数，应为不小于 0 的整数，实际为 ${String(c.cell.raw)}`,
          en: `${c.label.en} is a count and must be a whole number of at least 0; found ${String(c.cell.raw)}`,
        },
        cells: [c.path],
        actual: c.cell.value,
      })),
  );
}
