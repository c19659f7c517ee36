import { createHashRouter, Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { ReportLayout } from './layout/report-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { DefaultReportRoute } from './routes/default-report-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

// Each section gets its own error boundary, rendered inside the report layout, so one broken
// section leaves the navigation and the other sections working.
// Sections load on first visit: a report opens without the table and chart code.
const section = (path: string, load: () => Promise<React.ComponentType>): RouteObject => ({
  path,
  lazy: async () => ({ Component: await load() }),
  errorElement: <RouteError />,
});

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DefaultReportRoute /> },
      {
        path: 'reports/:reportId',
        element: <ReportLayout />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="overview" replace /> },
          section(
            'overview',
            async () => (await import('./routes/overview-route.tsx')).OverviewRoute,
          ),
          section(
            'publications',
            async () => (await import('./routes/publications-route.tsx')).PublicationsRoute,
          ),
          section(
            'applications',
            async () => (await import('./routes/applications-route.tsx')).ApplicationsRoute,
          ),
          section(
            'procurement',
            async () => (await import('./routes/procurement-route.tsx')).ProcurementRoute,
          ),
          section('appeals', async () => (await import('./routes/appeals-route.tsx')).AppealsRoute),
          section('problems', async () => (await import('./routes/text-route.tsx')).ProblemsRoute),
          section('other', async () => (await import('./routes/text-route.tsx')).OtherRoute),
          section('checks', async () => (await import('./routes/checks-route.tsx')).ChecksRoute),
          section('print', async () => (await import('./routes/print-route.tsx')).PrintRoute),
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
      {
        path: 'import',
        lazy: async () => ({ Component: (await import('./routes/import-route.tsx')).ImportRoute }),
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * Hash URLs (`#/reports/<id>/<section>?…`): a plain static server, under any sub-path, serves
 * every deep link from the one index.html, with no rewrite rules.
 */
export const createAppRouter = () => createHashRouter(routes);
