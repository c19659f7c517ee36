import { HashRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { usePreferences } from '../store/preferences-store.ts';
import { useReports } from '../store/reports-store.ts';
import { AppRoutes } from './router.tsx';
import './app.css';

// The report list is requested while the app renders its first frame, not after it.
void useReports.getState().loadIndex();

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
