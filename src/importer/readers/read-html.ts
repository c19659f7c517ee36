import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { isBlankText, trimSpaces } from '../../report/spaces.ts';
import { excerptOf, type SourceLocation } from '../import-issue.ts';
import type { Block, SourceCell, SourceDocument } from '../source-document.ts';
import { readText } from './read-text.ts';

// HTML as government sites publish it (and as mammoth makes it from Word): the text in
// reading order, and each data table row by row. The page is parsed into a tree, never
// rendered or inserted anywhere. A table with long text in a cell is a layout table: its
// cells are read as page text. A table inside a data table's cell is that cell's part of the
// row (its one row inlined, or its rows each a row). A grid of <div>s (a CSS grid, or rows of
// cells) is read as a table, and a <pre> block as the plain text it is.

export interface HtmlOptions {
  /** Report source lines (an HTML file), or only structural paths (HTML made from .docx). */
  readonly lines: boolean;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'head',
  'select',
  'textarea',
  'button',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'caption',
  'tr',
  'td',
  'th',
]);
const LAYOUT_CELL_TEXT = 300;

type Node = T.ChildNode | T.ParentNode;

const isElement = (node: Node): node is T.Element => 'tagName' in node;
const isText = (node: Node): node is T.TextNode => node.nodeName === '#text';
const childrenOf = (node: Node): readonly T.ChildNode[] =>
  isElement(node) && node.tagName === 'template'
    ? (node as T.Template).content.childNodes
    : 'childNodes' in node
      ? node.childNodes
      : [];

/**
 * HTML's own rule, not the importer's white space: ASCII whitespace collapses to one space as
 * a browser shows it (a no-break space is content and stays), and a line break between two
 * Chinese characters is no space at all.
 */
export function foldHtmlSpace(raw: string): string {
  return raw
    .replace(/(\P{ASCII})[ \t]*[\r\n][ \t\r\n]*(?=\P{ASCII})/gu, '$1')
    .replace(/[ \t\n\r\f]+/g, ' ');
}

function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && SKIP.has(node.tagName)) return '';
  return childrenOf(node).map(textOf).join('');
}

function descendants(
  node: Node,
  tag: string,
  into: T.Element[] = [],
  stopAt?: string,
): T.Element[] {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) into.push(child);
    if (child.tagName !== stopAt) descendants(child, tag, into, stopAt);
  }
  return into;
}

function isLayoutTable(table: T.Element): boolean {
  return [...descendants(table, 'td'), ...descendants(table, 'th')].some(
    (cell) => foldHtmlSpace(textOf(cell)).length > LAYOUT_CELL_TEXT,
  );
}

const elementsOf = (node: Node): T.Element[] => childrenOf(node).filter(isElement);

const hasOwnText = (node: Node): boolean =>
  childrenOf(node).some((c) => isText(c) && !isBlankText(c.value));

const CELL_TAGS = new Set(['div', 'span', 'p', 'li', 'dd', 'dt', 'section']);

/** An element that is one cell of a div grid: no block inside it, short text. */
function isLeafCell(el: T.Element): boolean {
  return (
    CELL_TAGS.has(el.tagName) &&
    !descendants(el, 'div').length &&
    !descendants(el, 'table').length &&
    foldHtmlSpace(textOf(el)).length <= LAYOUT_CELL_TEXT
  );
}

function styleOf(el: T.Element): string {
  return el.attrs.find((a) => a.name === 'style')?.value.replace(/\s+/g, '') ?? '';
}

function gridColumns(el: T.Element): number {
  const style = styleOf(el);
  if (!/display:(?:inline-)?grid/i.test(style)) return 0;
  const columns = /grid-template-columns:([^;]+)/i.exec(
    el.attrs.find((a) => a.name === 'style')?.value ?? '',
  );
  if (!columns) return 0;
  const value = (columns[1] as string).trim();
  const repeat = /^repeat\(\s*(\d+)/i.exec(value);
  return repeat ? Number(repeat[1]) : value.split(/\s+/).filter(Boolean).length;
}

const MIN_GRID_ROWS = 3;

/**
 * The rows of a grid of <div>s, or null: a CSS grid of leaf cells, or rows (no text of their
 * own) of two or more leaf cells each, at least three such rows.
 */
function divGridRows(el: T.Element): T.Element[][] | null {
  if (el.tagName !== 'div' && el.tagName !== 'section') return null;
  const children = elementsOf(el);
  const columns = gridColumns(el);
  if (columns >= 2 && children.length >= columns * 2 && children.every(isLeafCell)) {
    const rows: T.Element[][] = [];
    for (let i = 0; i < children.length; i += columns) rows.push(children.slice(i, i + columns));
    return rows;
  }
  if (children.length < MIN_GRID_ROWS || hasOwnText(el)) return null;
  const rows = children.map((row) =>
    !hasOwnText(row) && elementsOf(row).length >= 2 && elementsOf(row).every(isLeafCell)
      ? elementsOf(row)
      : null,
  );
  return rows.every((r) => r !== null) ? (rows as T.Element[][]) : null;
}

class Reader {
  readonly blocks: Block[] = [];
  private buffer = '';
  private start: SourceLocation | null = null;
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly options: HtmlOptions) {}

  private where(node: Node, path: string, excerpt: string): SourceLocation {
    const at = (node as { sourceCodeLocation?: { startLine: number; startCol: number } | null })
      .sourceCodeLocation;
    const line = this.options.lines && at ? { line: at.startLine, column: at.startCol } : {};
    return { ...line, path, excerpt: excerptOf(excerpt) };
  }

  flush(): void {
    const text = trimSpaces(foldHtmlSpace(this.buffer));
    if (text !== '' && this.start) {
      this.blocks.push({
        kind: 'text',
        text,
        location: { ...this.start, excerpt: excerptOf(text) },
      });
    }
    this.buffer = '';
    this.start = null;
  }

  walk(node: Node): void {
    if (isText(node)) {
      if (this.start === null && !isBlankText(node.value)) {
        this.paragraphs += 1;
        this.start = this.where(node, `p[${this.paragraphs}]`, node.value);
      }
      this.buffer += node.value;
      return;
    }
    if (!isElement(node)) {
      childrenOf(node).forEach((child) => this.walk(child));
      return;
    }
    const tag = node.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'br') return this.flush();
    if (tag === 'table') {
      this.flush();
      if (isLayoutTable(node)) childrenOf(node).forEach((child) => this.walk(child));
      else this.table(node);
      return;
    }
    if (tag === 'pre') {
      this.flush();
      this.pre(node);
      return;
    }
    const grid = divGridRows(node);
    if (grid) {
      this.flush();
      this.grid(grid);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) this.flush();
    childrenOf(node).forEach((child) => this.walk(child));
    if (block) this.flush();
  }

  private pushRow(node: Node, cells: SourceCell[], path: string): void {
    if (cells.length === 0) return;
    const excerpt = cells.map((c) => trimSpaces(c.text)).join(' ');
    this.blocks.push({ kind: 'row', cells, location: this.where(node, path, excerpt) });
  }

  /** The rows of a table, a table in a cell giving its rows in the cell's place. */
  private rowsOf(table: T.Element, path: string): { tr: T.Element; cells: SourceCell[] }[] {
    return descendants(table, 'tr', [], 'table').flatMap((tr, r) => {
      const rowPath = `${path}/tr[${r + 1}]`;
      let rows: SourceCell[][] = [[]];
      childrenOf(tr)
        .filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
        .forEach((cell, c) => {
          const cellPath = `${rowPath}/td[${c + 1}]`;
          const inner = descendants(cell, 'table', [], 'table');
          if (inner.length === 0) {
            const text = foldHtmlSpace(textOf(cell));
            const source = { text, location: this.where(cell, cellPath, text) };
            rows = rows.map((row) => [...row, source]);
            return;
          }
          const innerRows = inner.flatMap((t, i) =>
            this.rowsOf(t, `${cellPath}/table[${i + 1}]`).map((x) => x.cells),
          );
          if (innerRows.length > 0)
            rows = rows.flatMap((row) => innerRows.map((ir) => [...row, ...ir]));
        });
      return rows.map((cells) => ({ tr, cells }));
    });
  }

  private table(table: T.Element): void {
    this.tables += 1;
    const t = this.tables;
    this.rowsOf(table, `table[${t}]`).forEach(({ tr, cells }, r) =>
      this.pushRow(tr, cells, `table[${t}]/tr[${r + 1}]`),
    );
  }

  private grid(rows: readonly T.Element[][]): void {
    this.tables += 1;
    const t = this.tables;
    rows.forEach((row, r) => {
      const cells = row.map((cell, c) => {
        const text = foldHtmlSpace(textOf(cell));
        return {
          text,
          location: this.where(cell, `grid[${t}]/row[${r + 1}]/cell[${c + 1}]`, text),
        };
      });
      this.pushRow(row[0] as T.Element, cells, `grid[${t}]/row[${r + 1}]`);
    });
  }

  /** A <pre> block: its lines as the text reader reads a file (columns, tabs, pipes). */
  private pre(node: T.Element): void {
    const at = (node as { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation;
    const offset = this.options.lines && at ? at.startLine - 1 : 0;
    const raw = textOf(node).replace(/^\r?\n/, '');
    this.paragraphs += 1;
    const path = `pre[${this.paragraphs}]`;
    const shift = (location: SourceLocation): SourceLocation => {
      const { line, column: _column, ...rest } = location;
      return this.options.lines && line !== undefined
        ? { ...rest, line: line + offset, path }
        : { ...rest, path };
    };
    for (const block of readText(raw).blocks) {
      this.blocks.push(
        block.kind === 'text'
          ? { ...block, location: shift(block.location) }
          : {
              ...block,
              location: shift(block.location),
              cells: block.cells.map((c) => ({ ...c, location: shift(c.location) })),
            },
      );
    }
  }
}

export function readHtml(html: string, options: HtmlOptions): SourceDocument {
  const document = parse(html, { sourceCodeLocationInfo: options.lines });
  const reader = new Reader(options);
  reader.walk(document);
  reader.flush();
  const title = descendants(document, 'title')[0];
  const documentTitle = title ? trimSpaces(foldHtmlSpace(textOf(title))) : '';
  return { blocks: reader.blocks, wrapped: false, ...(documentTitle ? { documentTitle } : {}) };
}
