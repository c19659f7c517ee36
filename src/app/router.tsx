import { createHashRouter, Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './layout/app-layout.tsx';
import { ReportLayout } from './layout/report-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { ApplicationsRoute } from './routes/applications-route.tsx';
import { AppealsRoute } from './routes/appeals-route.tsx';
import { ChecksRoute } from './routes/checks-route.tsx';
import { DefaultReportRoute } from './routes/default-report-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { OverviewRoute } from './routes/overview-route.tsx';
import { ProcurementRoute } from './routes/procurement-route.tsx';
import { PublicationsRoute } from './routes/publications-route.tsx';
import { TextRoute } from './routes/text-route.tsx';

// Each section gets its own error boundary, rendered inside the report layout, so one broken
// section leaves the navigation and the other sections working.
const section = (path: string, element: React.ReactNode): RouteObject => ({
  path,
  element,
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
          section('overview', <OverviewRoute />),
          section('publications', <PublicationsRoute />),
          section('applications', <ApplicationsRoute />),
          section('procurement', <ProcurementRoute />),
          section('appeals', <AppealsRoute />),
          section('problems', <TextRoute section="problems" />),
          section('other', <TextRoute section="other" />),
          section('checks', <ChecksRoute />),
          { path: '*', element: <NotFoundRoute /> },
        ],
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
