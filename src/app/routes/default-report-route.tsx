import { Navigate } from 'react-router-dom';
import { FailurePage, LoadingPage } from '../layout/failure-page.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useReports } from '../../store/reports-store.ts';
import { pathTo } from '../paths.ts';

/** `/`: the default report named by index.json (AppLayout loads the index). */
export function DefaultReportRoute() {
  const m = useMessages(appMessages);
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
  return <Navigate to={pathTo({ page: 'report', reportId: id })} replace />;
}
