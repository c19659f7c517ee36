import type { CrossReportFinding, Finding } from '../../checks/finding.ts';
import { pathTo } from '../paths.ts';
import { sectionOfTable } from '../sections.ts';

/** A finding across years points into both reports: its cells in each, highlighted. */
export function crossFindingLinks(finding: CrossReportFinding): { later: string; earlier: string } {
  const section = sectionOfTable[finding.table];
  const at = (reportId: string, cells: readonly string[]) =>
    pathTo({ page: 'report', reportId, section, query: { hl: cells.join(',') } });
  return {
    later: at(finding.reportId, finding.cells),
    earlier: at(finding.earlier.id, finding.earlier.cells),
  };
}

/** A finding of a rule across reports (it names the earlier report). */
export const isCrossReportFinding = (f: Finding): f is CrossReportFinding =>
  f.earlier !== undefined && 'reportId' in f;
