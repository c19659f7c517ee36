import { useEffect, type RefObject } from 'react';

// The row labels stay in view while the numbers scroll sideways, and a virtualised table's head
// while its rows scroll under it. The browser scrolls a focused element into its box without
// knowing that: a filter, a header or a cell focused beside the labels (Tab, the arrow keys)
// was left partly under them (at 375 px a filter's text could not be seen as it was typed).

/**
 * Scrolls `scroller` the least way for `element` to be clear of the sticky labels (`labels`:
 * those of its row, else the table's first) and, for a cell of the body, of a sticky head. A
 * label itself is left where it is.
 */
export function clearOfSticky(
  scroller: HTMLElement,
  element: HTMLElement,
  labels = '.dt-sticky',
): void {
  if (element.closest(labels)) return;
  const rect = element.getBoundingClientRect();
  const label = element.closest('tr')?.querySelector(labels) ?? scroller.querySelector(labels);
  if (label) {
    const labelsEnd = label.getBoundingClientRect().right;
    if (rect.left < labelsEnd) scroller.scrollLeft -= labelsEnd - rect.left;
  }
  if (!element.closest('tbody')) return;
  const head = scroller.querySelector('thead');
  if (head && getComputedStyle(head).position === 'sticky') {
    const headEnd = head.getBoundingClientRect().bottom;
    if (rect.top < headEnd) scroller.scrollTop -= headEnd - rect.top;
  }
}

/** Whatever is focused in the table's box is moved clear of the sticky labels and head. */
export function useClearOfSticky(
  scroller: RefObject<HTMLElement | null>,
  labels = '.dt-sticky',
): void {
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target === element) return;
      // After the browser's own scroll (and a cell's own, which follows its focus).
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => clearOfSticky(element, target, labels));
    };
    element.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('focusin', onFocus);
    };
  }, [scroller, labels]);
}
