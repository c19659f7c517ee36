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

/** An address as the router draws it: the path, and `?` and the query if there is one. */
export function addressOf(pathname: string, search: string): string {
  const query = search.replace(/^\?/, '');
  return query ? `${pathname}?${query}` : pathname;
}

// The addresses the app wrote itself lately (a table's state, a metric, a selection), newest
// last: a table tells them from the address changing on its own (a link, back, one typed).
const written: string[] = [];

/** Whether the app wrote this address itself lately (see useCurrentSearch). */
export function wroteItself(address: string): boolean {
  return written.includes(address);
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
    (update: (current: URLSearchParams) => URLSearchParams) => {
      const query = searchText(update(querySince(params, pathname)));
      written.push(addressOf(pathname, query));
      if (written.length > 32) written.shift();
      navigate(`?${query}`, { replace: true });
    },
    [params, pathname, navigate],
  );
  return [params, change];
}
