// Text is measured without a browser (the export builders run in Node too): an estimate in em
// that errs wide, so that wrapped lines and column widths do not overflow.

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width in em: CJK and full-width forms 1, narrow characters about 0.6. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.6;
  return width;
}

/**
 * Lines of at most `maxEm` em: breaks at spaces in Latin text and between any two CJK
 * characters, and mid-word only when a word alone is too long.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:;!?'"()\-–/@%&+]+ ?|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (textWidth(line + token.trimEnd()) <= maxEm || line === '') {
      line += token;
      while (textWidth(line.trimEnd()) > maxEm && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && textWidth(chars.slice(0, cut).join('')) > maxEm) cut -= 1;
        lines.push(chars.slice(0, cut).join('').trimEnd());
        line = chars.slice(cut).join('');
      }
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
