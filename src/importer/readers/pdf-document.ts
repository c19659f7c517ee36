import { removeSpaces } from '../../report/spaces.ts';
import { excerptOf, type SourceLocation } from '../import-issue.ts';
import type { Block, SourceCell, SourceDocument } from '../source-document.ts';
import { type Line, type PdfPageText, lineText, linesOfPage } from './pdf-lines.ts';
import { type CarriedColumns, type PagePiece, piecesOfPage } from './pdf-rows.ts';
import { isPageNumber } from './read-text.ts';

// A PDF's pages as a source document: lines of text and table rows in reading order, each
// located by its page and its line on that page, and the text as rebuilt, page by page, to
// show beside what was read.

export interface PdfText {
  readonly document: SourceDocument;
  /** The rebuilt text, a heading line before each page's lines. */
  readonly text: string;
  /** How many characters of text the pages hold (page furniture aside). */
  readonly characters: number;
}

// Page numbers and running headers live in the top and bottom tenth of a page.
const MARGIN = 0.1;

const inMargin = (line: Line, height: number): boolean =>
  line.bottom < height * MARGIN || line.top > height * (1 - MARGIN);

/** A running header's or footer's text (page numbers aside) and where on the page it is. */
const furnitureKey = (line: Line, height: number): string => {
  const side = line.bottom < height / 2 ? 'top' : 'bottom';
  const at = Math.round((side === 'top' ? line.top : height - line.bottom) / 8);
  return `${side} ${at} ${removeSpaces(lineText(line)).replace(/\d+/g, '#')}`;
};

const hasValues = (line: Line): boolean => line.runs.some((run) => run.value);

/**
 * Page numbers ("- 4 -", "第 1 页 共 3 页" anywhere, a bare "3" in the margin) and a running
 * header or footer (the same line at the same place in the margin of at least half the pages:
 * not a title at the top of one page and the same name signed at the foot of another) are not
 * the report's text.
 */
function withoutFurniture(pages: readonly PdfPageText[], lines: readonly Line[][]): Line[][] {
  const seen = new Map<string, Set<number>>();
  lines.forEach((pageLines, p) => {
    const height = (pages[p] as PdfPageText).height;
    for (const line of pageLines) {
      if (!inMargin(line, height) || hasValues(line)) continue;
      const key = furnitureKey(line, height);
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  const repeated = (key: string) => {
    const count = seen.get(key)?.size ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  return lines.map((pageLines, p) => {
    const height = (pages[p] as PdfPageText).height;
    return pageLines.filter((line) => {
      const text = lineText(line);
      if (isPageNumber(text)) return false;
      if (!inMargin(line, height)) return true;
      if (/^\d{1,3}$/.test(removeSpaces(text))) return false;
      return hasValues(line) || !repeated(furnitureKey(line, height));
    });
  });
}

function cellOf(text: string, at: SourceLocation): SourceCell {
  return { text, location: { ...at, excerpt: excerptOf(text) } };
}

/**
 * The page's left edge: where most of its long lines (wider than half the page) start. A
 * paragraph's first line starts one to four characters to the right of it.
 */
function leftEdge(lines: readonly Line[], width: number): number | null {
  const starts = lines
    .filter((line) => Math.max(...line.runs.map((r) => r.x1)) - (line.runs[0]?.x0 ?? 0) > width / 2)
    .map((line) => (line.runs[0] as { x0: number }).x0)
    .sort((a, b) => a - b);
  return starts.length >= 3 ? (starts[Math.floor(starts.length / 2)] as number) : null;
}

function isIndented(line: Line, left: number | null): boolean {
  if (left === null || line.vertical) return false;
  const indent = (line.runs[0]?.x0 ?? 0) - left;
  return indent >= 1.2 * line.size && indent <= 4.5 * line.size;
}

function blocksOfPage(
  pieces: readonly PagePiece[],
  numbers: ReadonlyMap<Line, number>,
  left: number | null,
): Block[] {
  const at = (line: Line): SourceLocation => ({ page: line.page, line: numbers.get(line) ?? 0 });
  return pieces.map((piece): Block => {
    if (piece.kind === 'text') {
      const text = lineText(piece.line);
      const location = { ...at(piece.line), excerpt: excerptOf(text) };
      return isIndented(piece.line, left)
        ? { kind: 'text', text, location, indented: true }
        : { kind: 'text', text, location };
    }
    const { row } = piece;
    const first = row.lines[0] as Line;
    const cells = [
      ...row.labels.map((label) => cellOf(label, at(first))),
      ...row.values.map((value) => cellOf(value, at(row.line))),
    ];
    const excerpt = excerptOf([...row.labels, ...row.values.filter((v) => v !== '')].join(' '));
    return { kind: 'row', cells, location: { ...at(first), excerpt } };
  });
}

/** The document the pages' text items make. */
export function pdfDocument(pages: readonly PdfPageText[], title?: string): PdfText {
  const lines = withoutFurniture(pages, pages.map(linesOfPage));
  const blocks: Block[] = [];
  const text: string[] = [];
  let characters = 0;
  let carried: CarriedColumns = null;
  lines.forEach((pageLines, p) => {
    const page = (pages[p] as PdfPageText).page;
    const numbers = new Map(pageLines.map((line, i) => [line, i + 1]));
    const result = piecesOfPage(pageLines, carried);
    carried = result.carried;
    const left = leftEdge(pageLines, (pages[p] as PdfPageText).width);
    blocks.push(...blocksOfPage(result.pieces, numbers, left));
    text.push(`—— 第 ${page} 页 · page ${page} ——`);
    for (const line of pageLines) {
      const shown = line.runs.map((run) => run.text).join('  ');
      text.push(shown);
      characters += removeSpaces(shown).length;
    }
  });
  return {
    document: { blocks, wrapped: true, ...(title ? { documentTitle: title } : {}) },
    text: text.join('\n'),
    characters,
  };
}
