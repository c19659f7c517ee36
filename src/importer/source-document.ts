import type { SourceLocation } from './import-issue.ts';

// What every reader (text, HTML, Word, PDF) turns a file into: the report's content in reading
// order, as lines of text and table rows, each remembering where it came from.

export interface SourceCell {
  readonly text: string;
  readonly location: SourceLocation;
}

/** A line or paragraph of text outside any table (a heading, a paragraph, a PDF line). */
export interface TextBlock {
  readonly kind: 'text';
  readonly text: string;
  readonly location: SourceLocation;
  /**
   * The line starts a paragraph: a PDF's line indented from the page's left edge. Wrapped
   * lines are joined into paragraphs; an indented line is never joined to the one before.
   */
  readonly indented?: boolean;
}

/** A table row as its cells in order; a merged cell appears once, in its first row. */
export interface RowBlock {
  readonly kind: 'row';
  readonly cells: readonly SourceCell[];
  readonly location: SourceLocation;
}

export type Block = TextBlock | RowBlock;

export interface SourceDocument {
  readonly blocks: readonly Block[];
  /**
   * True when the text lines are a page's wrapped lines (text extracted from a PDF): a
   * paragraph spans several lines and a table row may span several too.
   */
  readonly wrapped: boolean;
  /** A title found outside the body (an HTML `<title>`), used when none is printed. */
  readonly documentTitle?: string;
}

export const blockText = (block: Block): string =>
  block.kind === 'text' ? block.text : block.cells.map((cell) => cell.text).join(' ');
