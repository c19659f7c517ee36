import type { Finding } from './finding.ts';

/**
 * What a finding is about, stable while the report is edited and checked again: its rule, its
 * status and the cell it is about (a blank-cell finding is about its row, whichever of the
 * row's cells are blank). A decision about a finding is kept under this key; when no finding
 * has the key any more, the finding has gone away.
 */
export function findingKey(finding: Finding): string {
  const [first = ''] = finding.cells;
  const subject = finding.ruleId === 'blank-cell' ? first.replace(/\.[^.]+$/, '') : first;
  return `${finding.ruleId}|${finding.status}|${subject}`;
}
