import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Lang } from '../report/label.ts';
import { lazyBundles, type Bundle, type Messages } from './bundle.ts';

const LangContext = createContext<Lang | null>(null);

const missingIn = (lang: Lang) => lazyBundles.filter((bundle) => !bundle.get(lang));

/**
 * The language of everything below. Until the bundles fetched on demand have arrived (English,
 * on a first visit in English) it shows nothing rather than a flash of Chinese; the language
 * switch fetches them before it switches.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [, arrived] = useState(0);
  const waiting = missingIn(lang).length > 0;
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    void Promise.all(missingIn(lang).map((bundle) => bundle.load(lang))).then(() => {
      if (current) arrived((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [lang, waiting]);
  if (waiting) return null;
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The one way to get UI strings: a bundle's messages in the current language. */
export function useMessages<M>(bundle: Bundle<M>): Messages<M> {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('useMessages needs an <I18nProvider> above it');
  // Only a bundle fetched on demand can be missing, and I18nProvider waits for those.
  return (bundle.get(lang) ?? bundle.get('zh')) as Messages<M>;
}
