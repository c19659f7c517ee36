import { createElement } from 'react';
import { lazyPage, type Page } from './lazy-page.ts';
import type { PrintRouteProps } from './routes/print-route.tsx';
import { reportSections, type ReportPagePath, type SectionPath } from './sections.ts';

// The code of each page, loaded on its first visit, so that a report opens without the table
// and chart code. Only the router and the prerendering import this (the route modules it loads
// must not, or they would import their own loader).

// The checks and the work on them (the editor, versions, review list and new report): one
// module, one loader on the first route (the work page is told by its address).
function workRoutes() {
  return import('./routes/work-routes.tsx');
}

export const sectionPages: Record<SectionPath, Page> = {
  overview: lazyPage(() => import('./routes/overview-route.tsx'), 'OverviewRoute'),
  publications: lazyPage(() => import('./routes/publications-route.tsx'), 'PublicationsRoute'),
  applications: lazyPage(() => import('./routes/applications-route.tsx'), 'ApplicationsRoute'),
  procurement: lazyPage(() => import('./routes/procurement-route.tsx'), 'ProcurementRoute'),
  appeals: lazyPage(() => import('./routes/appeals-route.tsx'), 'AppealsRoute'),
  problems: lazyPage<'ProblemsRoute'>(() => import('./routes/text-route.tsx'), 'ProblemsRoute'),
  other: lazyPage<'OtherRoute'>(() => import('./routes/text-route.tsx'), 'OtherRoute'),
  checks: lazyPage(workRoutes, 'ChecksRoute'),
};

/** The sections of the print view, in the report's order. */
export const printedPages = reportSections
  .filter((s) => s.printed)
  .map((s) => ({ path: s.path, page: sectionPages[s.path] }));

// The print view arrives with the sections it prints, so that it is drawn whole, at once.
const printPage = lazyPage<'PrintRoute', PrintRouteProps>(
  () =>
    Promise.all([
      import('./routes/print-route.tsx'),
      ...printedPages.map(({ page }) => page.preload()),
    ]).then(([module]) => module),
  'PrintRoute',
);

const workPage = lazyPage(workRoutes, 'WorkRoute');

export const reportPages: Record<ReportPagePath, Page> = {
  ...sectionPages,
  print: Object.assign(() => createElement(printPage, { sections: printedPages }), {
    preload: printPage.preload,
  }),
  edit: workPage,
  versions: workPage,
  review: workPage,
};

export const importPage = lazyPage(() => import('./routes/import-route.tsx'), 'ImportRoute');
export const newReportPage = workPage;

// The pages across reports come in one module: one loader here rather than three.
const acrossReports = () => import('./routes/across-reports-route.tsx');
// The library and the comparison look for a dataset beside the app as their code is fetched,
// not once it has come and drawn the page: its worker starts reading meanwhile.
const withDataset = () => {
  void import('./dataset/dataset-client.ts').then((client) => client.probeDataset());
  return acrossReports();
};
export const libraryPage = lazyPage(withDataset, 'LibraryRoute');
export const agencyPage = lazyPage(acrossReports, 'AgencyRoute');
export const comparePage = lazyPage(withDataset, 'CompareRoute');
/**
 * Their code and what they read first, ahead of a visit (with a dataset read ahead: the pages'
 * own loaders then only find it looked for), so that they are drawn at once, not first saying
 * that they are loading.
 */
export const warmAcrossReports = () =>
  Promise.all([libraryPage.preload(), comparePage.preload(), acrossReports()]).then(
    ([, , module]) => module.warmUp(),
  );
