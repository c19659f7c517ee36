import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** Where the reader was on each page of this tab's history, by the router's location key. */
const positions = new Map<string, number>();

/**
 * A new page opens at its top, with its heading; back and forward return to where the reader
 * was. Only a change of page counts: a table's sort or filter changes the address too, and
 * must leave the reader where they are. (The browser's own restoration runs before the page's
 * content is drawn, so it is turned off.)
 */
export function useScrollOnNavigation(): void {
  const { key, pathname } = useLocation();
  const type = useNavigationType();
  const current = useRef(key);
  useLayoutEffect(() => {
    current.current = key;
  });

  useEffect(() => {
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const remember = () => positions.set(current.current, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  useLayoutEffect(() => {
    if (type === 'POP') {
      const y = positions.get(key);
      // The page may still be loading its section: try again once it has drawn.
      if (y !== undefined) {
        window.scrollTo(0, y);
        requestAnimationFrame(() => window.scrollTo(0, y));
      }
    } else {
      window.scrollTo(0, 0);
    }
    // Only a change of page: `key` changes with every address, `pathname` with the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
