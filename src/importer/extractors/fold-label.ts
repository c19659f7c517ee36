import { removeSpaces } from '../../report/spaces.ts';

// The same label or heading printed with full-width brackets, digits or spaces, or broken
// across lines, folds to one form.

const QUOTES = /[“”"'‘’「」『』]/g;

/**
 * The comparable form of a label: NFKC (full-width brackets, digits and letters to
 * half-width), no spaces, no quotes, and `、` `．` after an item number read as `.`.
 */
export function foldLabel(text: string): string {
  return removeSpaces(text.normalize('NFKC'))
    .replace(QUOTES, '')
    .replace(/(\d)[、.．]/g, '$1.');
}
