import { useEffect, useMemo } from 'react';
import type { Finding } from '../../checks/finding.ts';
import { findingKey, isAcrossYearsKey } from '../../checks/finding-key.ts';
import { useDecisions, type ReportDecisions } from '../../store/decisions-store.ts';

/**
 * The decisions about a report's findings, its own and those across years (`cross`, see
 * useCrossFindings), read from this browser. A decision about a check across years is dropped
 * as gone only once every report has been read without a failure (`known`): before then, its
 * finding may just not have been found yet.
 */
export function useFindingDecisions(
  reportId: string,
  own: readonly Finding[],
  cross: readonly Finding[],
  known: boolean,
): ReportDecisions | undefined {
  const loadDecisions = useDecisions((s) => s.loadDecisions);
  // By content: the library is built anew as reports arrive, with equal findings.
  const keys = useMemo(() => [...own, ...cross].map(findingKey).join('\n'), [own, cross]);
  useEffect(() => {
    void loadDecisions(
      reportId,
      keys === '' ? [] : keys.split('\n'),
      known ? undefined : isAcrossYearsKey,
    );
  }, [reportId, keys, known, loadDecisions]);
  return useDecisions((s) => s.byReport[reportId]);
}
