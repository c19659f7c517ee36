import { useLayoutEffect, type RefObject } from 'react';

// Popups placed beside their button (a menu's panel, the columns' checkboxes, the filter
// help): aligned to the button's edge, at 375 px they ran off the screen (a menu's first item
// cut at the left, the help's text at the right, with a sideways scroll).

/** The least gap kept between a popup and the viewport's edges, in px. */
const MARGIN = 8;

/** Moves a shown popup sideways, as little as it takes, to inside the viewport. */
export function keepInView(element: HTMLElement | null): void {
  if (!element) return;
  element.style.translate = '';
  const rect = element.getBoundingClientRect();
  if (rect.width === 0) return;
  const width = document.documentElement.clientWidth;
  let dx = 0;
  if (rect.right > width - MARGIN) dx = width - MARGIN - rect.right;
  // A popup wider than the viewport: its start stays in view.
  if (rect.left + dx < MARGIN) dx = MARGIN - rect.left;
  if (dx !== 0) element.style.translate = `${Math.round(dx)}px 0`;
}

/** Keeps the popup `ref` inside the viewport whenever `shown` turns true. */
export function useKeptInView(ref: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    if (shown) keepInView(ref.current);
  }, [ref, shown]);
}
