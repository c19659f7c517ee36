import { trimSpaces } from '../../report/spaces.ts';
import { displayWidth } from '../display-width.ts';
import type { Block } from '../source-document.ts';
import { removeCjkSpaces } from './remove-cjk-spaces.ts';

// The paragraphs of a text section. A Word or web page file has a paragraph a line; text
// extracted from a PDF has the page's wrapped lines, joined back here: a line ends its
// paragraph when it ends a sentence well short of the full line width, or when the next
// line starts a numbered point.

const SENTENCE_END = /[。！？!?：:；;）)”」』]$/;
const POINT_START =
  /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[是、]|\d+[.、．]|[①-⑳])/;

/** The common full width of a page's lines: the 80th percentile, so short lines don't count. */
export function fullWidth(lines: readonly string[]): number {
  const widths = lines.map(displayWidth).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.8)] ?? 0;
}

function rowText(block: Block): string {
  return block.kind === 'text'
    ? block.text
    : block.cells
        .map((c) => trimSpaces(c.text))
        .filter((t) => t !== '')
        .join(' ');
}

/** Joins a page's wrapped lines; `starts` marks lines known to start a paragraph (indented). */
export function joinWrappedLines(
  lines: readonly string[],
  width: number,
  starts: ReadonlySet<number> = new Set(),
): string[] {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current += line;
    const next = lines[i + 1];
    const endsSentence = SENTENCE_END.test(line);
    const short = displayWidth(line) < width - 1.5;
    const nextStarts = starts.has(i + 1) && endsSentence;
    if (next === undefined || nextStarts || (endsSentence && (short || POINT_START.test(next)))) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs;
}

export function paragraphsOf(blocks: readonly Block[], wrapped: boolean, width: number): string[] {
  const kept = blocks
    .map((block) => ({ text: trimSpaces(rowText(block)), block }))
    .filter((line) => line.text !== '');
  const lines = kept.map((line) => line.text);
  if (!wrapped) return lines;
  const starts = new Set(
    kept.flatMap(({ block }, i) => (block.kind === 'text' && block.indented ? [i] : [])),
  );
  return joinWrappedLines(lines, width, starts).map((p) => trimSpaces(removeCjkSpaces(p)));
}
