import { breakLines, textWidth, widestWord } from '../../export/text-width.ts';

// Chart labels are measured and broken by the same rules as the exported image's title and
// notes (src/export/text-width.ts), so what fits on screen fits in the PNG.

/** Width of a character in ems: CJK and full-width forms are square, Latin about half. */
export function charWidth(char: string): number {
  return textWidth(char);
}

/** Width of a label on one line, in ems. */
export function labelWidth(label: string): number {
  return textWidth(label);
}

/**
 * A label as even lines of at most `lineWidth` ems: at spaces in Latin text, between characters
 * in Chinese (never with closing punctuation first), inside a word only when the word alone is
 * too wide. Never cut: every character is on some line.
 */
export function wrapLabel(label: string, lineWidth: number): string[] {
  return breakLines(label, lineWidth, true);
}

/** The narrowest a label can be set, in ems, without breaking a word. */
export function narrowestWidth(label: string): number {
  return widestWord(label);
}

/** Pixels a text line takes at a font size: one em is the font size. */
export const pixels = (label: string, fontSize: number): number => textWidth(label) * fontSize;
