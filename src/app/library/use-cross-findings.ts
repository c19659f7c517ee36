import type { CrossReportFinding } from '../../checks/finding.ts';
import { useLibrary } from './use-library.ts';

const none: readonly CrossReportFinding[] = [];

/**
 * The findings of the checks across years about one report (it is the later year): found once
 * every report is loaded, nothing before. Opening a report's checks loads all the others.
 * `known`: every report was read, none failed, so a finding not among them has gone away.
 */
export function useCrossFindings(reportId: string): {
  cross: readonly CrossReportFinding[];
  known: boolean;
  /** The other reports are still being read: the findings across years are not all there yet. */
  loading: boolean;
} {
  const state = useLibrary();
  if (state.status !== 'ready') {
    return { cross: none, known: false, loading: state.status === 'loading' };
  }
  return {
    cross: state.library.byId.get(reportId)?.cross ?? none,
    known: state.complete,
    loading: false,
  };
}
