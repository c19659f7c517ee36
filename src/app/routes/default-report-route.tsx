import { Navigate } from 'react-router-dom';
import { FailurePage, LoadingPage } from '../layout/failure-page.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useReports } from '../../store/reports-store.ts';
import { reportPath } from '../sections.ts';

/** `/`: the default report named by index.json (AppLayout loads the index). */
export function DefaultReportRoute() {
  const { m } = useI18n();
  const index = useReports((s) => s.index);
  const loadIndex = useReports((s) => s.loadIndex);
  if (!index || index.status === 'loading') return <LoadingPage text={m.loading} />;
  if (index.status === 'error') {
    return (
      <FailurePage
        title={m.loadFailed}
        failure={index.failure}
        retry={() => void loadIndex(true)}
      />
    );
  }
  const id = index.data.default ?? index.data.reports[0]?.id ?? '';
  return <Navigate to={reportPath(id)} replace />;
}
