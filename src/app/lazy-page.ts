import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';

/** A page whose code loads on its first visit, or earlier through `preload`. */
export interface Page<P extends object = object> {
  (props: P): ReactElement;
  /** Starts loading the module (once); the page then renders without a loading state. */
  preload: () => Promise<unknown>;
}

/**
 * A route module's component, loaded on its first visit, or earlier through `preload`. A page
 * whose code is already here renders directly, not through React.lazy: React holds back a
 * lazy component's content for up to 300 ms after its fallback, even when its code is loaded.
 */
export function lazyPage<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): Page<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name];
      return { default: module[name] };
    }));
  const Lazy = lazy(preload);
  function Page(props: P) {
    // Decided once per mount: switching from Lazy to the component would remount the page.
    const [ready] = useState(() => loaded);
    return createElement((ready ?? Lazy) as ComponentType<P>, props);
  }
  return Object.assign(Page, { preload });
}
