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
  const key = `${finding.ruleId}|${finding.status}|${subject}`;
  // A check across years is about a pair: a report can pair with two of the year before.
  return finding.earlier ? `${key}${ACROSS}${finding.earlier.id}` : key;
}

const ACROSS = '|vs:';

/**
 * Whether a key is a check across years': its findings come only once the agency's other
 * reports are read, so their absence before then does not mean they have gone away.
 */
export const isAcrossYearsKey = (key: string): boolean => key.includes(ACROSS);
