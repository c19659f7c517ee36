import { StrictMode, useEffect, type ComponentType, type ReactNode } from 'react';
import { HashRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { usePreferences } from '../store/preferences-store.ts';
import { AppRoutes } from './router.tsx';
import './app.css';

type Router = ComponentType<{ children: ReactNode }>;

/**
 * The whole app. In the browser it routes on the address's `#`; the build renders the same
 * tree with a fixed location (`router`) to prerender the embedded report's pages, so that the
 * browser's first render matches them exactly and can take them over (hydrate).
 */
export function App({
  router: Router = HashRouter,
  onReady,
}: {
  router?: Router;
  /** Called once the page is the app's (it has been drawn or taken over). */
  onReady?: () => void;
}) {
  const lang = usePreferences((s) => s.lang);
  useEffect(() => {
    // React is in charge of the page from here on (tests and tools wait for this).
    document.documentElement.dataset.app = 'ready';
    onReady?.();
    // Once, at the take-over: later renders are the app's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <StrictMode>
      <I18nProvider lang={lang}>
        <Router>
          <AppRoutes />
        </Router>
      </I18nProvider>
    </StrictMode>
  );
}
