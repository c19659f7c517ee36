import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Label } from '../report/label.ts';
import { zh, type Lang, type Messages } from './messages.ts';

export interface I18n {
  readonly lang: Lang;
  readonly m: Messages;
  /** An official label (row, column, section) in the current language. */
  readonly label: (label: Label) => string;
}

const I18nContext = createContext<I18n | null>(null);

// Chinese comes with the page; English is a chunk of its own, fetched the first time it is
// wanted, so that most readers do not download it.
const loaded: Partial<Record<Lang, Messages>> = { zh };

/** The messages of `lang`, loading them if need be; Chinese when they cannot be loaded. */
export function loadMessages(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return import('./messages-en.ts').then(
    ({ en }) => (loaded.en = en),
    () => zh,
  );
}

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [messages, setMessages] = useState<{ lang: Lang; m: Messages } | undefined>();
  const m = loaded[lang] ?? (messages?.lang === lang ? messages.m : undefined);
  useEffect(() => {
    if (m) return;
    let current = true;
    void loadMessages(lang).then((loadedMessages) => {
      if (current) setMessages({ lang, m: loadedMessages });
    });
    return () => {
      current = false;
    };
  }, [lang, m]);
  const value = useMemo<I18n | undefined>(
    () => (m ? { lang, m, label: (l) => l[lang] } : undefined),
    [lang, m],
  );
  // Only while the English strings arrive, on a first visit in English (the language switch
  // loads them before it switches): a moment of nothing rather than a flash of Chinese.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
