import type { CrossReportFinding } from '../../checks/finding.ts';
import { useLibrary } from './use-library.ts';

const none: readonly CrossReportFinding[] = [];

/**
 * The findings of the checks across years about one report (it is the later year): found once
 * every report is loaded, nothing before. Opening a report's checks loads all the others.
 */
export function useCrossFindings(reportId: string): readonly CrossReportFinding[] {
  const state = useLibrary();
  return state.status === 'ready' ? (state.library.byId.get(reportId)?.cross ?? none) : none;
}
