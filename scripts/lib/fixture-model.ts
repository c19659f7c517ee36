import type { RawCell } from '../../src/report/cell.ts';

// The importer's hand-made HTML and Word fixtures are written from one description: the
// report's blocks in reading order, each table cell with its printed form (and, for HTML,
// how a government site's editor would have wrapped it) and its merged extent.

export interface FixtureCell {
  /** The cell's text as Word holds it (runs joined). */
  readonly text: string;
  /** The cell's inner HTML as a web page would carry it; `text` escaped when absent. */
  readonly html?: string;
  /** Word-style: the cell's text split over paragraphs (a label that wraps). */
  readonly lines?: readonly string[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export type FixtureBlock =
  | {
      readonly kind: 'p';
      readonly text: string;
      readonly html?: string;
      readonly style?: 'title' | 'heading' | 'right';
    }
  | { readonly kind: 'table'; readonly rows: readonly (readonly FixtureCell[])[] };

export interface Fixture {
  readonly name: string;
  readonly blocks: readonly FixtureBlock[];
  /** HTML only: the page's encoding, and whether a layout table wraps the whole body. */
  readonly htmlEncoding: 'utf-8' | 'gb18030';
  readonly layoutTable: boolean;
}

export const label = (
  text: string,
  span: { colSpan?: number; rowSpan?: number } = {},
): FixtureCell => ({
  text,
  ...span,
});

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// How editors wrap a number: in spans, paragraphs, with no-break spaces around it, or
// split over runs. The variant is picked by position, so every kind occurs in every table.
const WRAPS: readonly ((text: string) => string)[] = [
  (t) => escape(t),
  (t) =>
    `<p align="center"><span style="font-size:10.5pt;font-family:宋体">${escape(t)}</span></p>`,
  (t) => `&nbsp;${escape(t)}&nbsp;`,
  (t) => [...t].map((ch) => `<span lang="EN-US">${escape(ch)}</span>`).join(''),
  (t) =>
    `<span style="font-size:12pt"><span><font face="Times New Roman">${escape(t)}</font></span></span>`,
];
const BLANKS: readonly string[] = ['&nbsp;', '', '<p>\u3000</p>', '<span>&nbsp;</span>'];

let counter = 0;

/** A value cell: what the report file will hold (`cell`), printed as a page would print it. */
export function value(cell: RawCell): FixtureCell {
  counter += 1;
  if (cell === null) return { text: '', html: BLANKS[counter % BLANKS.length] as string };
  const text = String(cell);
  return { text, html: (WRAPS[counter % WRAPS.length] as (t: string) => string)(text) };
}

export const escapeHtml = escape;
