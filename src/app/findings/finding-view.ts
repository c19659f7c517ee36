import type { Finding } from '../../checks/finding.ts';
import { findingKey } from '../../checks/finding-key.ts';
import type { CellLocation } from '../../report/cell-location.ts';
import type { Label } from '../../report/label.ts';
import type { Report } from '../../report/report-schema.ts';
import { sectionLabels } from '../../report/table-layout.ts';
import type { Decision } from '../../store/decisions-store.ts';

// A finding as a reviewer reads it: which table, row and column, what the cell holds, what is
// wrong, and what was decided about it.

export interface FindingView {
  readonly key: string;
  readonly finding: Finding;
  readonly table: Label;
  readonly row: Label | null;
  readonly column: Label | null;
  /** The cell it is about, as printed; null when blank, undefined when not a cell. */
  readonly value: string | null | undefined;
  readonly decision: Decision | undefined;
}

const publishedOn: Label = { zh: '发布日期', en: 'Published on' };
const wholeReport: Label = { zh: '整份报告', en: 'Whole report' };

export function findingViews(
  report: Report,
  findings: readonly Finding[],
  cells: ReadonlyMap<string, CellLocation>,
  decisions: ReadonlyMap<string, Decision> | undefined,
): FindingView[] {
  return findings.map((finding) => {
    const path = finding.cells[0] ?? '';
    const key = findingKey(finding);
    const decision = decisions?.get(key);
    const at = cells.get(path);
    if (at) {
      const raw = at.cell.raw;
      return {
        key,
        finding,
        table: at.table,
        // A blank-cell finding is about its row, whichever of its cells are blank.
        row: at.row,
        column: finding.ruleId === 'blank-cell' ? null : at.column,
        value: finding.ruleId === 'blank-cell' ? undefined : raw === null ? null : String(raw),
        decision,
      };
    }
    const section = path.replace(/^sections\./, '') as keyof typeof sectionLabels;
    if (path === 'publishedOn') {
      return {
        key,
        finding,
        table: wholeReport,
        row: publishedOn,
        column: null,
        value: report.publishedOn ?? null,
        decision,
      };
    }
    return {
      key,
      finding,
      table: sectionLabels[section] ?? wholeReport,
      row: null,
      column: null,
      value: undefined,
      decision,
    };
  });
}
