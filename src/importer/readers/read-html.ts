import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { isBlankText, trimSpaces } from '../../report/spaces.ts';
import { excerptOf, type SourceLocation } from '../import-issue.ts';
import type { Block, SourceCell, SourceDocument } from '../source-document.ts';

// HTML as government sites publish it (and as mammoth makes it from Word): the text in
// reading order, and each data table row by row. The page is parsed into a tree, never
// rendered or inserted anywhere. A table that holds tables, or long text in a cell, is a
// layout table: its cells are read as page text.

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
  if (descendants(table, 'table').length > 0) return true;
  return [...descendants(table, 'td'), ...descendants(table, 'th')].some(
    (cell) => foldHtmlSpace(textOf(cell)).length > LAYOUT_CELL_TEXT,
  );
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
    const block = BLOCK.has(tag);
    if (block) this.flush();
    childrenOf(node).forEach((child) => this.walk(child));
    if (block) this.flush();
  }

  private table(table: T.Element): void {
    this.tables += 1;
    const t = this.tables;
    descendants(table, 'tr').forEach((tr, r) => {
      const cells: SourceCell[] = childrenOf(tr)
        .filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
        .map((cell, c) => {
          const text = foldHtmlSpace(textOf(cell));
          return {
            text,
            location: this.where(cell, `table[${t}]/tr[${r + 1}]/td[${c + 1}]`, text),
          };
        });
      if (cells.length === 0) return;
      const excerpt = cells.map((c) => trimSpaces(c.text)).join(' ');
      this.blocks.push({
        kind: 'row',
        cells,
        location: this.where(tr, `table[${t}]/tr[${r + 1}]`, excerpt),
      });
    });
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
