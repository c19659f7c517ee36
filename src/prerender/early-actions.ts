import { EARLY_ACTIONS } from './snapshot.ts';

// A prerendered page looks ready before the app has taken it over (0.3 s here, over a second
// on a slow machine). What the reader does in that moment is carried out once the app is in
// charge: the clicks the chooser held back and the text typed or chosen it noted (snapshot.ts).

/** Where a box or list is on the page: its name, and which of that name. */
interface Place {
  readonly label: string;
  readonly nth: number;
}

export interface EarlyActions {
  readonly clicks: readonly Element[];
  readonly typed: readonly (Place & { readonly value: string })[];
}

interface Noted {
  clicks: Element[];
  typed: { element: HTMLInputElement | HTMLSelectElement; value: string }[];
}

type Field = HTMLInputElement | HTMLSelectElement;

const nameOf = (field: Field) =>
  field.getAttribute('aria-label') ?? field.closest('label')?.textContent ?? '';

const fields = (root: ParentNode): Field[] => [
  ...root.querySelectorAll<Field>('input[type=search], input[type=text], select'),
];

function placeOf(field: Field, root: ParentNode): Place {
  const label = nameOf(field);
  const nth = fields(root)
    .filter((f) => nameOf(f) === label)
    .indexOf(field);
  return { label, nth };
}

/**
 * What the reader has done on the prerendered page in `root` (read while its elements are
 * still on the page: before a fresh render replaces them, or once React has taken them over).
 */
export function collectEarlyActions(root: HTMLElement): EarlyActions {
  const noted = (window as unknown as Record<string, Noted | undefined>)[EARLY_ACTIONS];
  if (!noted) return { clicks: [], typed: [] };
  const typed = noted.typed
    .splice(0)
    .flatMap(({ element, value }) =>
      root.contains(element) ? [{ ...placeOf(element, root), value }] : [],
    );
  return { clicks: noted.clicks.splice(0), typed };
}

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * Carries out, once the app is in charge of `root`, what was collected: the text of each box
 * as typed (React hears it as typing), each choice, then each held-back click, in order, on
 * the element clicked where the page was taken over in place.
 */
export function replayEarlyActions(root: HTMLElement, early: EarlyActions): void {
  for (const { label, nth, value } of early.typed) {
    const field = fields(root).filter((f) => nameOf(f) === label)[nth];
    if (!field) continue;
    if (field instanceof HTMLSelectElement) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      continue;
    }
    // Through React's own setter to some other text, then the typed text past it: React then
    // hears the typed text as a change, whatever it had seen in the box before.
    field.value = value === '' ? ' ' : '';
    nativeValue?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (const element of early.clicks) {
    if (root.contains(element) && element instanceof HTMLElement) element.click();
  }
}
