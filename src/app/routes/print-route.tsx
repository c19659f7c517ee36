import { Link } from 'react-router-dom';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { pathTo } from '../paths.ts';
import type { Page } from '../lazy-page.ts';
import { CompactCharts } from '../section-view/compact-charts.ts';
import { useOpenReport } from '../use-open-report.ts';
import { PrintFindings } from './print-findings.tsx';

export interface PrintRouteProps {
  /** The sections to print, in order; their code is here before this page's (pages.ts). */
  readonly sections: readonly { readonly path: string; readonly page: Page }[];
}

/**
 * `reports/:reportId/print`: the six sections in the report's order, each on new pages, with
 * their tables and charts, and no navigation, so that the browser's "Save as PDF" gives a
 * clean document. The sections are the dashboard's own pages, so the two cannot differ.
 */
export function PrintRoute({ sections }: PrintRouteProps) {
  const { entry, report } = useOpenReport();
  const m = useMessages(appMessages);
  const s = useMessages(sectionMessages);
  const heading = `${report.agency.name} ${m.yearSuffix(report.year)}`;
  useDocumentTitle(`${heading} · ${m.appTagline}`);
  return (
    <article className="print-doc">
      <div className="print-toolbar">
        <Link to={pathTo({ page: 'report', reportId: entry.id })}>{s.backToDashboard}</Link>
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
      <section className="print-legend" aria-labelledby="print-legend-title">
        <h2 id="print-legend-title">{s.printLegendTitle}</h2>
        <ul>
          {s.printLegend.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <CompactCharts.Provider value={true}>
        {sections.map(({ path, page: Section }) => (
          <section key={path} className="print-section">
            <Section />
          </section>
        ))}
      </CompactCharts.Provider>
      <section className="print-section print-findings-section">
        <PrintFindings />
      </section>
    </article>
  );
}
