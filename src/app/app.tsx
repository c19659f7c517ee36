import { HashRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { usePreferences } from '../store/preferences-store.ts';
import { useReports } from '../store/reports-store.ts';
import { AppRoutes } from './router.tsx';
import './app.css';

// The report list, then the report the address opens on, are requested while the app renders
// its first frames, not after the layouts ask for them.
const { loadIndex, loadReport } = useReports.getState();
void loadIndex().then(() => {
  const { index } = useReports.getState();
  if (index?.status !== 'ready') return;
  const id = /^#\/reports\/([^/?]+)/.exec(window.location.hash)?.[1] ?? index.data.default;
  const entry = index.data.reports.find((r) => r.id === id);
  if (entry) void loadReport(entry);
});

export function App() {
  const lang = usePreferences((s) => s.lang);
  return (
    <I18nProvider lang={lang}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </I18nProvider>
  );
}
