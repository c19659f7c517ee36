import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useReports } from '../../store/reports-store.ts';
import { ReportList } from '../layout/report-list.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';

export function NotFoundRoute() {
  const m = useMessages(appMessages);
  useDocumentTitle(`${m.notFoundTitle} · ${m.appName}`);
  const index = useReports((s) => s.index);
  return (
    <main id="main" className="page">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundBody}</p>
      {index?.status === 'ready' ? <ReportList reports={index.data.reports} /> : null}
    </main>
  );
}
