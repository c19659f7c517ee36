// Reports number their points in running text: paragraphs that begin 一是, 二是, （四）, 1. …,
// or one paragraph holding "一是…；二是…；三是…". These become lists.

export type TextBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'points'; readonly lead?: string; readonly items: readonly string[] };

const NUMERAL = '[一二三四五六七八九十]+';
const POINT_START = new RegExp(
  `^\\s*(?:${NUMERAL}是|（${NUMERAL}）|\\(${NUMERAL}\\)|${NUMERAL}、|\\d{1,2}[.、．](?!\\d)|（\\d{1,2}）)`,
);
const INLINE_POINT = new RegExp(`(?=${NUMERAL}是)`, 'g');

function inlinePoints(paragraph: string): TextBlock | null {
  const parts = paragraph.split(INLINE_POINT).filter((p) => p.trim() !== '');
  const items = parts.filter((p) => new RegExp(`^${NUMERAL}是`).test(p));
  if (items.length < 2) return null;
  const lead = parts[0] && !items.includes(parts[0]) ? parts[0].trim() : undefined;
  return { kind: 'points', ...(lead ? { lead } : {}), items: items.map((i) => i.trim()) };
}

export function toTextBlocks(paragraphs: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) blocks.push({ kind: 'points', items: run });
    else if (run.length === 1)
      blocks.push(inlinePoints(run[0] as string) ?? { kind: 'paragraph', text: run[0] as string });
    run = [];
  };
  for (const raw of paragraphs) {
    const text = raw.trim();
    if (text === '') continue;
    if (POINT_START.test(text)) {
      run.push(text);
      continue;
    }
    flush();
    blocks.push(inlinePoints(text) ?? { kind: 'paragraph', text });
  }
  flush();
  return blocks;
}
