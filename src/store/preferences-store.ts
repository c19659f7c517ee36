import { create } from 'zustand';
import type { Lang } from '../report/label.ts';

interface Preferences {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

// Kept as zustand's persist middleware kept it (`{ state, version }`), which the prerendered
// page's chooser reads too (PREFERENCES_KEY in src/prerender/snapshot.ts), by a few lines here
// rather than the middleware, whose weight the first page would carry.
const KEY = 'xxgk-preferences';

/** The language stored; Chinese when there is none, or storage is damaged or unavailable. */
function storedLang(): Lang {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? 'null') as {
      state?: { lang?: unknown };
    } | null;
    const lang = saved?.state?.lang;
    return lang === 'en' || lang === 'zh' ? lang : 'zh';
  } catch {
    return 'zh';
  }
}

function store(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ state: { lang }, version: 1 }));
  } catch {
    // Storage full or refused (private browsing): the choice holds for this page only.
  }
}

/** The user's choices that outlive the page: kept in localStorage. */
export const usePreferences = create<Preferences>()((set) => ({
  lang: storedLang(),
  setLang: (lang) => {
    set({ lang });
    store(lang);
  },
}));
