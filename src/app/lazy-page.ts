import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { appMessages } from '../i18n/app-bundle.ts';
import { useMessages } from '../i18n/i18n-context.tsx';

/** A page whose code loads on its first visit, or earlier through `preload`. */
export interface Page<P extends object = object> {
  (props: P): ReactElement;
  /** Starts loading the module (once); the page then renders without a loading state. */
  preload: () => Promise<unknown>;
}

/** What a page shows while its code loads. */
export function PageLoading() {
  const m = useMessages(appMessages);
  return createElement('p', { className: 'loading', role: 'status' }, m.loading);
}

/**
 * A route module's component, loaded on its first visit, or earlier through `preload`. Not
 * React.lazy: React holds a suspended page back for at least 300 ms after its fallback was
 * shown, even when its code came in 30 ms, so every first visit to a page took 300 ms. The
 * page says it is loading and draws itself when the module is here; a module that fails to
 * load throws to the page's error boundary, as a lazy component would.
 */
export function lazyPage<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): Page<P> {
  let loaded: ComponentType<P> | undefined;
  let failed: { error: unknown } | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        failed = { error };
        throw error;
      },
    ));
  function Page(props: P) {
    const [, arrived] = useState(0);
    // What this drawing had: the code may have arrived since (between the drawing and its
    // effects), and the page must then be drawn again, not left saying it is loading.
    const drawn = loaded;
    useEffect(() => {
      if (drawn) return;
      let live = true;
      const redraw = () => live && arrived((n) => n + 1);
      preload().then(redraw, redraw);
      return () => {
        live = false;
      };
    }, [drawn]);
    if (loaded) return createElement(loaded, props);
    if (failed) throw failed.error;
    return createElement(PageLoading);
  }
  return Object.assign(Page, { preload });
}
