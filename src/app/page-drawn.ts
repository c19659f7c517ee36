// When the page under the layout has been drawn, or taken over: a page is inside its own
// Suspense boundary, which React takes over after the rest of a prerendered page, so the
// app's own first effect is too early to know.

let drawn: () => void = () => undefined;
const first = new Promise<void>((resolve) => (drawn = resolve));

/** Called by the router's page frame once its page has committed. */
export function pageDrawn(): void {
  drawn();
}

/** Resolves once the first page has been drawn (or taken over). */
export function whenPageDrawn(): Promise<void> {
  return first;
}
