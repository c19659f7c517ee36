import { isBlankText, SPACE, trimSpaces } from '../../report/spaces.ts';
import { displayWidth } from '../display-width.ts';
import { excerptOf } from '../import-issue.ts';
import type { Block, SourceCell, SourceDocument } from '../source-document.ts';

// Plain text comes in three layouts, often mixed in one file:
// - Word "save as text": each table cell on its own line after a tab, a blank line between
//   rows, a cell's second line without the tab (the seed report);
// - a table row on one line with its cells separated by tabs (copied from a web page);
// - PDF-extracted text: lines wrapped at the page width, table rows as "label 1 2 3";
// - Markdown, as OCR and PDF-to-markdown tools write it: pipe tables (`| 规章 | 0 | 0 | 2 |`,
//   a merged cell as an empty cell, `<br>` inside a cell), `#` headings, `**bold**`.

const GAP = `[${SPACE}]*`;
const PAGE_NUMBER = new RegExp(
  `^(?:[-—–－]${GAP}\\d{1,3}${GAP}[-—–－]|第${GAP}\\d{1,3}${GAP}页(?:${GAP}[,，/]?${GAP}共${GAP}\\d{1,3}${GAP}页)?|\\d{1,3}${GAP}/${GAP}\\d{1,3})$`,
);

// Not a test for white space but the rule that ends a Word table row: only a truly empty
// line (spaces and tabs) does; a line of no-break spaces is a cell's second line.
const ENDS_ROW = /^[ \t]*$/;

// Pandoc-style image markers, and the OCR'd image text that may follow them on the line.
const IMAGE_MARKER = /\[image:[^\]]*\](?:[ \t]*[\x20-\x7e]*$)?/g;

// A pipe table's row: at least two pipes, starting with one (or three cells without).
const PIPE_ROW = /^[ \t]*\|.*\|/;
const PIPE_RULE =
  /^[ \t]*[|+]?(?:[ \t]*:?-{2,}:?[ \t]*[|+])+[ \t]*(?::?-{2,}:?[ \t]*)?$|^[ \t]*\+(?:[-=]+\+)+[ \t]*$/;
const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/;
const BOLD = /\*\*|__/g;
const BREAK = /<br[ \t]*\/?>/gi;

/** A pipe table row's cells, the outer pipes dropped, each with the column it starts at. */
function pipeCells(line: string): { text: string; column: number }[] {
  const cells: { text: string; column: number }[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      cells.push({
        text: line.slice(start, i).replace(BREAK, '').replace(BOLD, ''),
        column: start + 1,
      });
      start = i + 1;
    }
  }
  // The text after the closing pipe is empty: no cell.
  if (cells.length > 0 && isBlankText((cells[cells.length - 1] as { text: string }).text))
    cells.pop();
  return cells;
}

/** Markdown's marks around a line of text: a heading's `#`s, bold. */
const plainLine = (line: string): string => line.replace(MARKDOWN_HEADING, '').replace(BOLD, '');

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(trimSpaces(line));
}

interface OpenRow {
  cells: { text: string; line: number }[];
}

function cellOf(text: string, line: number, column: number): SourceCell {
  return { text, location: { line, column, excerpt: excerptOf(text) } };
}

function closeRow(row: OpenRow | null, blocks: Block[]): null {
  if (row && row.cells.length > 0) {
    const cells = row.cells.map((c) => cellOf(c.text, c.line, 2));
    const first = row.cells[0] as { line: number };
    blocks.push({
      kind: 'row',
      cells,
      location: {
        line: first.line,
        column: 1,
        excerpt: excerptOf(cells.map((c) => c.text).join(' ')),
      },
    });
  }
  return null;
}

/** A page's wrapped lines are short and fairly even; paragraphs saved one a line are not. */
function isWrapped(lines: readonly string[]): boolean {
  const widths = lines.map((line) => displayWidth(trimSpaces(line))).filter((w) => w > 0);
  if (widths.length < 10) return false;
  widths.sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)] ?? 0;
  return p90 <= 50;
}

export function readText(text: string): SourceDocument & { readonly hasCells: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const plainLines: string[] = [];
  let row: OpenRow | null = null;
  let hasCells = false;

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.replace(IMAGE_MARKER, '').replace(/\f/g, '');
    if (isPageNumber(line)) return;
    if (PIPE_RULE.test(line) && line.includes('-')) {
      row = closeRow(row, blocks);
      return;
    }
    if (PIPE_ROW.test(line)) {
      row = closeRow(row, blocks);
      const cells = pipeCells(line).map((c) => cellOf(c.text, lineNumber, c.column));
      blocks.push({
        kind: 'row',
        cells,
        location: { line: lineNumber, column: 1, excerpt: excerptOf(line) },
      });
      hasCells = true;
      return;
    }
    if (line.startsWith('\t') && !line.slice(1).includes('\t')) {
      row ??= { cells: [] };
      row.cells.push({ text: line.slice(1), line: lineNumber });
      hasCells = true;
      return;
    }
    if (line.includes('\t') && !isBlankText(line)) {
      row = closeRow(row, blocks);
      const parts = line.split('\t');
      let column = 1;
      const cells = parts.map((part) => {
        const cell = cellOf(part, lineNumber, column);
        column += part.length + 1;
        return cell;
      });
      blocks.push({
        kind: 'row',
        cells,
        location: { line: lineNumber, column: 1, excerpt: excerptOf(line) },
      });
      hasCells = true;
      return;
    }
    if (ENDS_ROW.test(line)) {
      row = closeRow(row, blocks);
      return;
    }
    if (row) {
      // A cell's text that Word wrapped onto a line of its own.
      const last = row.cells[row.cells.length - 1] as { text: string };
      last.text += line;
      return;
    }
    plainLines.push(line);
    const body = trimSpaces(plainLine(line));
    if (body !== '') {
      const column = line.indexOf(body) + 1;
      blocks.push({
        kind: 'text',
        text: body,
        location: { line: lineNumber, column, excerpt: excerptOf(body) },
      });
    }
  });
  closeRow(row, blocks);
  return { blocks, wrapped: !hasCells && isWrapped(plainLines), hasCells };
}
