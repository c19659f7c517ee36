import { useOutletContext } from 'react-router-dom';
import type { LoadedReport } from '../store/reports-store.ts';

/** The report of the current `reports/:reportId` route, provided by ReportLayout. */
export function useLoadedReport(): LoadedReport {
  return useOutletContext<LoadedReport>();
}
