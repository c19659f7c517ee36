import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLoadedReport } from '../use-loaded-report.ts';
import { AppealsRoute } from './appeals-route.tsx';
import { ApplicationsRoute } from './applications-route.tsx';
import { OverviewRoute } from './overview-route.tsx';
import { PublicationsRoute } from './publications-route.tsx';
import { TextRoute } from './text-route.tsx';
import { useSectionMessages } from './use-section-messages.ts';

/** The browser names a saved PDF after the page title: make it say which report it is. */
function useDocumentTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

/**
 * `reports/:reportId/print`: the six sections in the report's order, each on new pages, with
 * their tables and charts, and no navigation, so that the browser's "Save as PDF" gives a
 * clean document. The sections are the dashboard's own pages, so the two cannot differ.
 */
export function PrintRoute() {
  const { report } = useLoadedReport();
  const { m } = useI18n();
  const s = useSectionMessages();
  const heading = `${report.agency.name} ${m.yearSuffix(report.year)}`;
  useDocumentTitle(`${heading} · ${m.appTagline}`);
  return (
    <article className="print-doc">
      <div className="print-toolbar">
        <Link to="../overview">{s.backToDashboard}</Link>
        <button type="button" onClick={() => window.print()}>
          {s.printButton}
        </button>
        <p className="muted">{s.printHint}</p>
      </div>
      <header className="print-header">
        <p className="report-kicker">{m.appTagline}</p>
        <p className="report-name">{heading}</p>
        {report.title ? <p className="print-report-title">{report.title}</p> : null}
      </header>
      <section className="print-section">
        <OverviewRoute />
      </section>
      <section className="print-section">
        <PublicationsRoute />
      </section>
      <section className="print-section">
        <ApplicationsRoute />
      </section>
      <section className="print-section">
        <AppealsRoute />
      </section>
      <section className="print-section">
        <TextRoute section="problems" />
      </section>
      <section className="print-section">
        <TextRoute section="other" />
      </section>
    </article>
  );
}
