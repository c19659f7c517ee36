import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';

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

/**
 * The query as the address shows it: `~` (a selection's separator, `?reports=a~b`) left as it
 * is. URLSearchParams writes it as %7E, which means the same but is not what a person reads and
 * shares; a page put it back after each change, a write behind the change (and a change made in
 * between was undone).
 */
export function searchText(params: URLSearchParams): string {
  return params.toString().replace(/%7E/gi, '~');
}

/** Like useSearchParams, with an update that starts from the address as it is now. */
export function useCurrentSearch(): [
  URLSearchParams,
  (update: (current: URLSearchParams) => URLSearchParams) => void,
] {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const change = useCallback(
    (update: (current: URLSearchParams) => URLSearchParams) =>
      navigate(`?${searchText(update(querySince(params, pathname)))}`, { replace: true }),
    [params, pathname, navigate],
  );
  return [params, change];
}
