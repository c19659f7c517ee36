// White space, defined once for the data format's cells and for the importer: every Unicode
// white space character (`\s`: ASCII, no-break, ideographic U+3000, the BOM and the
// typographic spaces), and the invisible characters that conversions from Word and web pages
// leave in text: zero-width space, non-joiner and joiner (U+200B–U+200D) and word joiner
// (U+2060). A cell of nothing but these is blank; a number with them inside is that number.

/** The white space characters as the body of a regex character class, to build patterns on. */
export const SPACE = '\\s\\u200b-\\u200d\\u2060';

const SPACES = new RegExp(`[${SPACE}]+`, 'g');
const ENDS = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
const TOKEN = new RegExp(`[^${SPACE}]+`, 'g');

export function removeSpaces(text: string): string {
  return text.replace(SPACES, '');
}

export function trimSpaces(text: string): string {
  return text.replace(ENDS, '');
}

/** True when the text holds nothing but white space. */
export function isBlankText(text: string): boolean {
  return removeSpaces(text) === '';
}

/** Each run of white space as one ASCII space, none at the ends. */
export function collapseSpaces(text: string): string {
  return trimSpaces(text).replace(SPACES, ' ');
}

/** The runs of text between white space, each with where it starts. */
export function splitTokens(text: string): { text: string; index: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], index: m.index }));
}
