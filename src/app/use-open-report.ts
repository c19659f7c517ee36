import { useOutletContext } from 'react-router-dom';
import type { OpenReport } from '../store/reports-store.ts';

/** The report of the current `reports/:reportId` route, provided by ReportLayout. */
export function useOpenReport(): OpenReport {
  return useOutletContext<OpenReport>();
}
