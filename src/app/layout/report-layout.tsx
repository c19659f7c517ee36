import { Link, NavLink, Outlet, useMatch, useParams } from 'react-router-dom';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useReports } from '../../store/reports-store.ts';
import { pathTo, routePatterns } from '../paths.ts';
import { reportSections } from '../sections.ts';
import { FailurePage, LoadingPage } from './failure-page.tsx';
import { ReportList } from './report-list.tsx';
import { useAllReportEntries, useReportEntry } from './use-report-entry.ts';
import { useDocumentTitle } from './use-document-title.ts';

/** The report's downloads, whose code (and the workbook library) loads on the click. */
const download = (then: (module: typeof import('./download-report.ts')) => void) =>
  void import('./download-report.ts').then(then);

/** `reports/:reportId/*`: loads the report, shows its title and section navigation. */
export function ReportLayout() {
  const { reportId = '' } = useParams();
  const m = useMessages(appMessages);
  const index = useReports((s) => s.index);
  const loadIndex = useReports((s) => s.loadIndex);
  const { entry, pending } = useReportEntry(reportId);
  const all = useAllReportEntries();
  const loadable = useReports((s) => s.reports[reportId]);
  const loadReport = useReports((s) => s.loadReport);
  // The print view is the whole report as one document: no title bar, no navigation.
  const here = useMatch(routePatterns.reportPage)?.params.section;
  const printing = here === 'print';
  const loaded = loadable?.status === 'ready' ? loadable.data.report : undefined;
  const section = reportSections.find((s) => s.path === here);
  // The print view names itself (for the saved PDF's file name).
  useDocumentTitle(
    loaded && section && !printing
      ? `${section.title(m)} · ${loaded.agency.name} ${m.yearSuffix(loaded.year)} · ${m.appName}`
      : null,
  );

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
  if (!entry) {
    if (pending) return <LoadingPage text={m.loading} />;
    return (
      <main id="main" className="page">
        <h1>{m.unknownReportTitle}</h1>
        <p>{m.unknownReportBody(reportId)}</p>
        <ReportList reports={[...all.builtin, ...all.imported]} />
      </main>
    );
  }
  if (!loadable || loadable.status === 'loading') return <LoadingPage text={m.loading} />;
  if (loadable.status === 'error') {
    return (
      <FailurePage
        title={m.cannotOpenReport}
        failure={loadable.failure}
        retry={() => void loadReport(entry, true)}
      />
    );
  }

  const { report } = loadable.data;
  if (printing) {
    return (
      <main id="main" className="print-page" tabIndex={-1}>
        <Outlet context={loadable.data} />
      </main>
    );
  }
  return (
    <div className="report-layout">
      {/* A named region: every part of the page sits in a landmark. */}
      <section className="report-title" aria-labelledby="report-name">
        <div>
          <p className="report-kicker">{m.appTagline}</p>
          <p className="report-name" id="report-name">
            <span className="agency">{report.agency.name}</span>{' '}
            <span className="year">{m.yearSuffix(report.year)}</span>
          </p>
          {report.synthetic ? <p className="report-synthetic">{m.syntheticReport}</p> : null}
        </div>
        <div className="report-actions" role="group" aria-label={m.reportActions}>
          <Link to={pathTo({ page: 'report', reportId, section: 'edit' })}>{m.editReport}</Link>
          <Link to={pathTo({ page: 'report', reportId, section: 'versions' })}>
            {m.versionsLink}
          </Link>
          <Link to={pathTo({ page: 'report', reportId, section: 'print' })}>{m.printView}</Link>
          <button type="button" onClick={() => download((d) => d.downloadReport(report))}>
            {m.downloadJson}
          </button>
          <button
            type="button"
            onClick={() => download((d) => d.downloadWorkbook(loadable.data, m.lang))}
          >
            {m.downloadXlsx}
          </button>
        </div>
      </section>
      <nav className="section-nav" aria-label={m.sectionsNav}>
        <ul>
          {reportSections
            .filter((s) => !('template' in s) || s.template === report.template)
            .map((s) => (
              <li key={s.path}>
                <NavLink to={pathTo({ page: 'report', reportId, section: s.path })}>
                  {s.title(m)}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet context={loadable.data} />
      </main>
    </div>
  );
}
