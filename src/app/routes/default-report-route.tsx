import { Navigate } from 'react-router-dom';
import { LoadError } from '../../components/load-error.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useReports } from '../../store/reports-store.ts';
import { reportPath } from '../sections.ts';

/** `/`: the default report named by index.json (AppLayout loads the index). */
export function DefaultReportRoute() {
  const { m } = useI18n();
  const index = useReports((s) => s.index);
  const loadIndex = useReports((s) => s.loadIndex);
  if (!index || index.status === 'loading') {
    return (
      <p className="loading page" role="status">
        {m.loading}
      </p>
    );
  }
  if (index.status === 'error') {
    const { failure } = index;
    return (
      <main id="main" className="page">
        <LoadError
          title={m.loadFailed}
          fileLabel={m.file}
          file={failure.file}
          errors={failure.errors}
          {...(failure.retryable
            ? { onRetry: () => void loadIndex(true), retryLabel: m.retry }
            : {})}
        />
      </main>
    );
  }
  const id = index.data.default ?? index.data.reports[0]?.id ?? '';
  return <Navigate to={reportPath(id)} replace />;
}
