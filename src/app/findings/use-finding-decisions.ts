import { useEffect, useMemo } from 'react';
import type { CrossReportFinding, Finding } from '../../checks/finding.ts';
import { findingKey, isAcrossYearsKey } from '../../checks/finding-key.ts';
import { useDecisions, type ReportDecisions } from '../../store/decisions-store.ts';
import { useLibrary } from '../library/use-library.ts';

const none: readonly CrossReportFinding[] = [];

/**
 * A report's findings across years (it is the later year) and the decisions about all of its
 * findings, read from this browser. A decision about a check across years is dropped as gone
 * only once every report has been read without a failure: before then, its finding may just
 * not have been found yet.
 */
export function useFindingDecisions(
  reportId: string,
  own: readonly Finding[],
): { cross: readonly CrossReportFinding[]; decisions: ReportDecisions | undefined } {
  const library = useLibrary();
  const known = library.status === 'ready' && library.failures.length === 0;
  const cross =
    library.status === 'ready' ? (library.library.byId.get(reportId)?.cross ?? none) : none;
  const loadDecisions = useDecisions((s) => s.loadDecisions);
  const decisions = useDecisions((s) => s.byReport[reportId]);
  // By content: the library is built anew as reports arrive, with equal findings.
  const keys = useMemo(() => [...own, ...cross].map(findingKey).join('\n'), [own, cross]);
  useEffect(() => {
    void loadDecisions(
      reportId,
      keys === '' ? [] : keys.split('\n'),
      known ? undefined : isAcrossYearsKey,
    );
  }, [reportId, keys, known, loadDecisions]);
  return { cross, decisions };
}
