import {
  createElement,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type ReactElement,
} from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { ReportLayout } from './layout/report-layout.tsx';
import { SectionBoundary } from './layout/section-boundary.tsx';
import { DefaultReportRoute } from './routes/default-report-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

// Sections load on first visit, so a report opens without the table and chart code.
// Declarative routes (not the data router) keep react-router's share of the first load small.
interface Page {
  (): ReactElement;
  /** Starts loading the module (once); the page then renders without a loading state. */
  preload: () => Promise<unknown>;
}

/**
 * A route module's component, loaded on its first visit, or earlier through `preload`. A page
 * whose code is already here renders directly, not through React.lazy: React holds back a
 * lazy component's content for up to 300 ms after its fallback, even when its code is loaded.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Page {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name];
      return { default: module[name] };
    }));
  const Lazy = lazy(preload);
  function Page() {
    // Decided once per mount: switching from Lazy to the component would remount the page.
    const [ready] = useState(() => loaded);
    return ready ? createElement(ready) : <Lazy />;
  }
  return Object.assign(Page, { preload });
}

const sections: readonly [string, Page][] = [
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

/**
 * Starts loading the page that `hash` (the address's `#…`) opens on, so that its code arrives
 * beside the report list and the report rather than after them. The default address opens a
 * report's overview. Resolves once it is here (or has failed: its error boundary shows that).
 */
export function preloadPageFor(hash: string): Promise<unknown> {
  const opening = /^#\/(?:reports\/[^/?]+\/([\w-]+)|(import))?/.exec(hash);
  const first = opening?.[2]
    ? ImportRoute
    : sections.find(([path]) => path === (opening?.[1] ?? 'overview'))?.[1];
  return first ? first.preload().catch(() => undefined) : Promise.resolve();
}

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
