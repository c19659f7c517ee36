/** Width of a character in ems: CJK and full-width forms are square, Latin about half. */
export function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
    char,
  )
    ? 1
    : 0.6;
}

export function labelWidth(label: string): number {
  return [...label].reduce((sum, char) => sum + charWidth(char), 0);
}

/**
 * Breaks a label into lines of at most `lineWidth` ems, anywhere (Chinese has no spaces), and
 * ends the last allowed line with an ellipsis when the label does not fit.
 */
export function wrapLabel(label: string, lineWidth: number, maxLines: number): string[] {
  const width = Math.max(lineWidth, 1);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of label) {
    const w = charWidth(char);
    if (used + w > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(maxLines, 1));
  const last = [...(kept[kept.length - 1] ?? '')];
  while (last.length > 1 && labelWidth(last.join('')) + 1 > width) last.pop();
  kept[kept.length - 1] = `${last.join('')}…`;
  return kept;
}
