import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Label } from '../report/table-layout.ts';
import { messagesByLang, type Lang, type Messages } from './messages.ts';

export interface I18n {
  readonly lang: Lang;
  readonly m: Messages;
  /** An official label (row, column, section) in the current language. */
  readonly label: (label: Label) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ lang, m: messagesByLang[lang], label: (l) => l[lang] }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
