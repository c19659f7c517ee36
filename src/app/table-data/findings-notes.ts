import type { Finding } from '../../checks/finding.ts';
import type { CellNote } from '../../components/tables/table-types.ts';
import type { Label } from '../../report/label.ts';

// Rules about single cells name every cell they concern; a sum names the cell it is about first.
const perCellRules = new Set<Finding['ruleId']>(['blank-cell', 'non-numeric', 'whole-number']);

/** The findings as notes on the cells they concern, for marking every table. */
export function findingNotes(
  findings: readonly Finding[],
  text: (label: Label) => string,
): Map<string, CellNote[]> {
  const notes = new Map<string, CellNote[]>();
  for (const finding of findings) {
    const cells = perCellRules.has(finding.ruleId) ? finding.cells : finding.cells.slice(0, 1);
    for (const path of cells) {
      const list = notes.get(path) ?? [];
      list.push({ severity: finding.severity, message: text(finding.message) });
      notes.set(path, list);
    }
  }
  return notes;
}
