import { Suspense, useEffect, type ComponentType } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { ReportLayout } from './layout/report-layout.tsx';
import { SectionBoundary } from './layout/section-boundary.tsx';
import { PageLoading } from './lazy-page.ts';
import { pageDrawn } from './page-drawn.ts';
import { pathTo, placeOf, routePatterns } from './paths.ts';
import { DefaultReportRoute } from './routes/default-report-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import {
  agencyPage,
  comparePage,
  importPage,
  libraryPage,
  newReportPage,
  reportPages,
} from './pages.ts';

// Declarative routes (not the data router) keep react-router's share of the first load small.

/**
 * Starts loading the page that `hash` (the address's `#…`) opens on, so that its code arrives
 * beside the report list and the report rather than after them. The default address opens a
 * report's overview. Resolves once it is here (or has failed: its error boundary shows that).
 */
export function preloadPageFor(hash: string): Promise<unknown> {
  const place = placeOf(hash.replace(/^#/, ''));
  const first =
    place?.page === 'import'
      ? importPage
      : place?.page === 'report'
        ? reportPages[place.section ?? 'overview']
        : place?.page === 'home'
          ? reportPages.overview
          : place?.page === 'library'
            ? libraryPage
            : place?.page === 'compare'
              ? comparePage
              : undefined;
  return first ? first.preload().catch(() => undefined) : Promise.resolve();
}

/** Tells page-drawn.ts that the page beside it has committed (its effects run after it). */
function PageDrawn() {
  useEffect(pageDrawn, []);
  return null;
}

/** Each page has its own error boundary: one broken section leaves the navigation working. */
function Section({ component: Component }: { component: ComponentType }) {
  const { pathname } = useLocation();
  return (
    <SectionBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Component />
        <PageDrawn />
      </Suspense>
    </SectionBoundary>
  );
}

/** `#/reports/<id>`: the report opens on its overview. */
function ToOverview() {
  const { reportId = '' } = useParams();
  return <Navigate to={pathTo({ page: 'report', reportId })} replace />;
}

/**
 * Used inside a HashRouter (`#/reports/<id>/<section>?…`): a plain static server, under any
 * sub-path, serves every deep link from the one index.html, with no rewrite rules.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DefaultReportRoute />} />
        <Route path={routePatterns.report} element={<ReportLayout />}>
          <Route index element={<ToOverview />} />
          {Object.entries(reportPages).map(([path, page]) => (
            <Route key={path} path={path} element={<Section component={page} />} />
          ))}
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
        <Route path={routePatterns.import} element={<Section component={importPage} />} />
        <Route path={routePatterns.newReport} element={<Section component={newReportPage} />} />
        <Route path={routePatterns.library} element={<Section component={libraryPage} />} />
        <Route path={routePatterns.agency} element={<Section component={agencyPage} />} />
        <Route path={routePatterns.compare} element={<Section component={comparePage} />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
