import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { usePreferences } from '../store/preferences-store.ts';
import { createAppRouter } from './router.tsx';
import './app.css';

export function App() {
  const lang = usePreferences((s) => s.lang);
  const [router] = useState(createAppRouter);
  return (
    <I18nProvider lang={lang}>
      <RouterProvider router={router} />
    </I18nProvider>
  );
}
