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
const sections: readonly [string, LazyExoticComponent<ComponentType>][] = [
  [
    'overview',
    lazy(async () => ({ default: (await import('./routes/overview-route.tsx')).OverviewRoute })),
  ],
  [
    'publications',
    lazy(async () => ({
      default: (await import('./routes/publications-route.tsx')).PublicationsRoute,
    })),
  ],
  [
    'applications',
    lazy(async () => ({
      default: (await import('./routes/applications-route.tsx')).ApplicationsRoute,
    })),
  ],
  [
    'procurement',
    lazy(async () => ({
      default: (await import('./routes/procurement-route.tsx')).ProcurementRoute,
    })),
  ],
  [
    'appeals',
    lazy(async () => ({ default: (await import('./routes/appeals-route.tsx')).AppealsRoute })),
  ],
  [
    'problems',
    lazy(async () => ({ default: (await import('./routes/text-route.tsx')).ProblemsRoute })),
  ],
  ['other', lazy(async () => ({ default: (await import('./routes/text-route.tsx')).OtherRoute }))],
  [
    'checks',
    lazy(async () => ({ default: (await import('./routes/checks-route.tsx')).ChecksRoute })),
  ],
  ['print', lazy(async () => ({ default: (await import('./routes/print-route.tsx')).PrintRoute }))],
];

const ImportRoute = lazy(async () => ({
  default: (await import('./routes/import-route.tsx')).ImportRoute,
}));

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
