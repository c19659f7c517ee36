import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { ReportLayout } from './layout/report-layout.tsx';
import { SectionBoundary } from './layout/section-boundary.tsx';
import { DefaultReportRoute } from './routes/default-report-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

// Sections load on first visit, so a report opens without the table and chart code.
// Declarative routes (not the data router) keep react-router's share of the first load small.
/** A route module's component, loaded on its first visit. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const sections: readonly [string, LazyExoticComponent<ComponentType>][] = [
  ['overview', page(() => import('./routes/overview-route.tsx'), 'OverviewRoute')],
  ['publications', page(() => import('./routes/publications-route.tsx'), 'PublicationsRoute')],
  ['applications', page(() => import('./routes/applications-route.tsx'), 'ApplicationsRoute')],
  ['procurement', page(() => import('./routes/procurement-route.tsx'), 'ProcurementRoute')],
  ['appeals', page(() => import('./routes/appeals-route.tsx'), 'AppealsRoute')],
  ['problems', page(() => import('./routes/text-route.tsx'), 'ProblemsRoute')],
  ['other', page(() => import('./routes/text-route.tsx'), 'OtherRoute')],
  ['checks', page(() => import('./routes/checks-route.tsx'), 'ChecksRoute')],
  ['print', page(() => import('./routes/print-route.tsx'), 'PrintRoute')],
];

const ImportRoute = page(() => import('./routes/import-route.tsx'), 'ImportRoute');

/** Each section has its own error boundary: one broken section leaves the navigation working. */
function Section({ component: Component }: { component: ComponentType }) {
  const { m } = useI18n();
  const { pathname } = useLocation();
  return (
    <SectionBoundary resetKey={pathname}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {m.loading}
          </p>
        }
      >
        <Component />
      </Suspense>
    </SectionBoundary>
  );
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
        <Route path="reports/:reportId" element={<ReportLayout />}>
          <Route index element={<Navigate to="overview" replace />} />
          {sections.map(([path, component]) => (
            <Route key={path} path={path} element={<Section component={component} />} />
          ))}
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
        <Route path="import" element={<Section component={ImportRoute} />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
