import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** Where the reader was on each page of this tab's history, by the router's location key. */
const positions = new Map<string, number>();

/** How long a page may take to grow back to where the reader was (its charts drawn last). */
const RESTORE_MS = 2000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Scrolls back to `y`, frame after frame while the page is still growing (its section and
 * charts are drawn a moment after the address changes), until it is there, the time is up,
 * or the reader scrolls on their own. Returns the cancel.
 */
function restore(y: number): () => void {
  const until = performance.now() + RESTORE_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const event of READER_MOVES) window.removeEventListener(event, stop);
  };
  const step = () => {
    window.scrollTo(0, y);
    const reached = Math.abs(window.scrollY - y) < 2;
    if (reached || performance.now() > until) stop();
    else frame = requestAnimationFrame(step);
  };
  for (const event of READER_MOVES) window.addEventListener(event, stop, { passive: true });
  step();
  return stop;
}

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
    // The page a reader leaves is replaced by a shorter one for a moment, and the browser then
    // pulls the scroll position up to the new bottom: that is not where the reader was.
    let height = document.documentElement.scrollHeight;
    const remember = () => {
      const now = document.documentElement.scrollHeight;
      const clamped = now < height && window.scrollY + window.innerHeight >= now - 1;
      height = now;
      if (!clamped) positions.set(current.current, window.scrollY);
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  useLayoutEffect(() => {
    if (type === 'POP') {
      const y = positions.get(key);
      if (y !== undefined) return restore(y);
    } else {
      window.scrollTo(0, 0);
    }
    // Only a change of page: `key` changes with every address, `pathname` with the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
