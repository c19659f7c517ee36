import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

// A virtualised table draws only some rows. The focused cell's row can leave the document for
// a moment: an answer for rows asked before the focus moved is drawn, then the rows around the
// focus come. The browser then moves the focus to the page's body, and the keys went nowhere.

/**
 * Gives the focus back to a cell of the table's body whose element left the document while it
 * had it, as soon as a cell with the same path is drawn again, unless the focus has gone
 * somewhere else meanwhile.
 */
export function useKeepFocusedCell(scroller: RefObject<HTMLElement | null>): void {
  const focused = useRef<{ path: string; element: HTMLElement } | null>(null);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      const path = target instanceof HTMLElement ? target.dataset.path : undefined;
      focused.current =
        target instanceof HTMLElement && path !== undefined && target.closest('tbody')
          ? { path, element: target }
          : null;
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [scroller]);
  // After every drawing: cheap unless the focused cell has just been taken out.
  useLayoutEffect(() => {
    const was = focused.current;
    if (!was || was.element.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      focused.current = null;
      return;
    }
    const again = scroller.current?.querySelector<HTMLElement>(`tbody td[data-path="${was.path}"]`);
    again?.focus({ preventScroll: true });
  });
}
