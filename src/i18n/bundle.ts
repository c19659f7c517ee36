import type { Label, Lang } from '../report/label.ts';

// Every UI string lives in a bundle: one object of messages per language, of the same type.
// A page gets its bundle's messages with `useMessages(bundle)` (i18n-context.tsx), and gives
// components the parts they draw as a typed `messages` prop.

/** What messages carry besides their strings: their language, and how to say a Label in it. */
export interface Localized {
  readonly lang: Lang;
  /** BCP 47 tag: for `lang` attributes and number formatting. */
  readonly locale: string;
  /** A text given in both languages (an official label, a finding's message), in this one. */
  readonly text: (label: Label) => string;
}

export type Messages<M> = M & Localized;

export interface Bundle<M> {
  /** The messages of `lang`, or undefined while they are still being fetched. */
  readonly get: (lang: Lang) => Messages<M> | undefined;
  /** Resolves once the messages of `lang` are here (at once for those that come with the page). */
  readonly load: (lang: Lang) => Promise<Messages<M>>;
}

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function localize<M>(messages: M, lang: Lang): Messages<M> {
  return { ...messages, lang, locale: locales[lang], text: (label: Label) => label[lang] };
}

/** Messages that come with the code that uses them, in both languages. */
export function bundle<M>(zh: M, en: M): Bundle<M> {
  const ready = { zh: localize(zh, 'zh'), en: localize(en, 'en') };
  return { get: (lang) => ready[lang], load: (lang) => Promise.resolve(ready[lang]) };
}

/** The bundles whose English is fetched when wanted: I18nProvider waits for them. */
export const lazyBundles: Bundle<unknown>[] = [];

/**
 * Chinese with the page, English fetched the first time it is wanted (most readers never
 * want it). Should the fetch fail, the Chinese messages stand in.
 */
export function lazyBundle<M>(zh: M, loadEnglish: () => Promise<M>): Bundle<M> {
  const chinese = localize(zh, 'zh');
  let english: Messages<M> | undefined;
  let loading: Promise<Messages<M>> | undefined;
  const load = (lang: Lang): Promise<Messages<M>> => {
    if (lang === 'zh') return Promise.resolve(chinese);
    loading ??= loadEnglish().then(
      (en) => (english = localize(en, 'en')),
      () => chinese,
    );
    return loading;
  };
  const lazy: Bundle<M> = { get: (lang) => (lang === 'zh' ? chinese : english), load };
  lazyBundles.push(lazy);
  return lazy;
}
