// Text folding shared by every reader: the same label or heading printed with full-width
// brackets, digits or spaces, or broken across lines, folds to one form.

/** Spaces of every kind that conversions leave: ASCII, no-break, ideographic, zero-width. */
export const ANY_SPACE = /(?:[\s\u00a0\u3000\u200b\u2060\ufeff]|\u200c|\u200d)+/g;

const QUOTES = /[“”"'‘’「」『』]/g;

/**
 * The comparable form of a label: NFKC (full-width brackets, digits and letters to
 * half-width), no spaces, no quotes, and `、` `．` after an item number read as `.`.
 */
export function foldLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ANY_SPACE, '')
    .replace(QUOTES, '')
    .replace(/(\d)[、.．]/g, '$1.');
}

/** Trims every kind of space from both ends. */
export function trimSpaces(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026';

const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

/**
 * Removes spaces next to Chinese characters and punctuation. Chinese text has none; PDF
 * extraction and HTML line breaks put them in (`2023 年`, `号 ， 邮 编`).
 */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_NEAR_CJK, '');
}

/** Width in columns: a Chinese character is one, an ASCII character half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}
