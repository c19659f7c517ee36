import { useEffect } from 'react';
import { render } from '@testing-library/react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router-dom';
import { AppRoutes } from '../../src/app/router.tsx';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';
import type { Lang } from '../../src/report/label.ts';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { useImports } from '../../src/store/import-store.ts';
import { usePreferences } from '../../src/store/preferences-store.ts';
import { indexState, reportState, useReports } from '../../src/store/reports-store.ts';

/** Renders the app's routes at `path` with these reports already loaded into the store. */
/** With `files` null the store starts empty and loads through `fetch` (stub it). */
export function renderApp(path: string, files: readonly ReportFile[] | null, lang: Lang = 'zh') {
  if (files === null) resetReports();
  else preload(files);
  usePreferences.setState({ lang });
  const probe: { location?: Location; navigate?: NavigateFunction } = {};
  // The same shape as a data router's, for the tests: the current location and navigate.
  const router = {
    get state() {
      return { location: probe.location as Location };
    },
    navigate: (to: string) => probe.navigate?.(to),
  };
  const result = render(<TestApp path={path} probe={probe} />);
  return { router, ...result };
}

/** Reports the router's location and navigate function to the test, after each render. */
function Probe({ probe }: { probe: { location?: Location; navigate?: NavigateFunction } }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    Object.assign(probe, { location, navigate });
  }, [probe, location, navigate]);
  return null;
}

function TestApp({
  path,
  probe,
}: {
  path: string;
  probe: { location?: Location; navigate?: NavigateFunction };
}) {
  const current = usePreferences((s) => s.lang);
  return (
    <I18nProvider lang={current}>
      <MemoryRouter initialEntries={[path]}>
        <Probe probe={probe} />
        <AppRoutes />
      </MemoryRouter>
    </I18nProvider>
  );
}

function preload(files: readonly ReportFile[]) {
  const entries = files.map((f) => ({
    id: f.id,
    agency: f.agency.name,
    year: f.year,
    template: f.template,
    file: `${f.id}.json`,
  }));
  useReports.setState({
    index: indexState(JSON.stringify({ default: entries[0]?.id, reports: entries })),
    reports: Object.fromEntries(
      files.map((f, i) => [
        f.id,
        reportState(entries[i] as (typeof entries)[number], JSON.stringify(f)),
      ]),
    ),
  });
}

/** Empties the stores a test may have filled: the loaded reports and the import session. */
export function resetReports() {
  useReports.setState({ index: undefined, reports: {} });
  useImports.setState({ items: [] });
}
