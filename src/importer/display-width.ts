/**
 * Width in columns: a Chinese character is one, an ASCII character half. The text reader
 * tells a page's wrapped lines by it, and the paragraphs are joined back by it.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}
