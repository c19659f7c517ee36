import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Lang } from '../report/label.ts';

interface Preferences {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The user's choices that outlive the page: kept in localStorage. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      lang: 'zh',
      setLang: (lang) => set({ lang }),
    }),
    {
      name: 'xxgk-preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A damaged or foreign value in storage falls back to the defaults instead of breaking.
      merge: (persisted, current) => {
        const lang = (persisted as { lang?: unknown } | null)?.lang;
        return { ...current, lang: lang === 'en' || lang === 'zh' ? lang : current.lang };
      },
    },
  ),
);
