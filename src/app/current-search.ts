import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

/**
 * The address's query as it is now, not as last rendered. Under the hash router a navigation
 * writes the address at once and renders a moment later: two changes in quick succession
 * (text typed, then a sort, before the first has been drawn) must build on each other, or the
 * second undoes the first. Where the address is not the router's (a memory router in tests),
 * the rendered query is all there is.
 */
/** Whether the address (the hash router's) still shows `pathname`: not left for another page. */
export function addressShows(pathname: string): boolean {
  return window.location.hash.replace(/^#/, '').split('?')[0] === pathname;
}

function querySince(rendered: URLSearchParams, pathname: string): URLSearchParams {
  const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');
  return path === pathname ? new URLSearchParams(query) : new URLSearchParams(rendered);
}

/** Like useSearchParams, with an update that starts from the address as it is now. */
export function useCurrentSearch(): [
  URLSearchParams,
  (update: (current: URLSearchParams) => URLSearchParams) => void,
] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const change = useCallback(
    (update: (current: URLSearchParams) => URLSearchParams) =>
      setParams(update(querySince(params, pathname)), { replace: true }),
    [params, pathname, setParams],
  );
  return [params, change];
}
