import type { RawCell } from '../../../../src/report/cell.ts';
import { printed, type Table, type TableRow } from './variant-tables.ts';

// A table written as each converter writes it: tab-separated lines, Markdown pipes, PDF text
// lines, an HTML table (merged cells as rowspan/colspan, or every label repeated, or the
// values in a table of their own), <pre>, a grid of <div>s.

export type TableForm =
  | 'tabs'
  | 'markdown'
  | 'markdown-placeholder-header'
  | 'markdown-no-header'
  | 'markdown-no-labels'
  | 'markdown-split'
  | 'pdf-lines'
  | 'html'
  | 'html-th-repeated'
  | 'html-nested'
  | 'pre-tabs'
  | 'pre-markdown'
  | 'div-rows'
  | 'css-grid';

export const tableForms: readonly TableForm[] = [
  'tabs',
  'markdown',
  'markdown-placeholder-header',
  'markdown-no-header',
  'markdown-no-labels',
  'markdown-split',
  'pdf-lines',
  'html',
  'html-th-repeated',
  'html-nested',
  'pre-tabs',
  'pre-markdown',
  'div-rows',
  'css-grid',
];

export const isHtmlForm = (form: TableForm): boolean =>
  form.startsWith('html') || form.startsWith('pre') || form === 'div-rows' || form === 'css-grid';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cellsOf = (row: TableRow, repeated = false): string[] => [
  ...(repeated ? row.repeated : row.labels),
  ...row.values.map(printed),
];

const pipe = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function markdown(
  table: Table,
  header: 'normal' | 'placeholder' | 'none',
  split?: number,
): string[] {
  const body = table.rows.map((r) => pipe(cellsOf(r)));
  const width = Math.max(...table.rows.map((r) => cellsOf(r).length), 1);
  const head =
    header === 'normal'
      ? table.header.map((h) => pipe(h))
      : header === 'placeholder'
        ? [pipe(Array.from({ length: width }, (_, i) => `数据${i + 1}`))]
        : [pipe(Array.from({ length: width }, () => ''))];
  const rule = pipe(Array.from({ length: width }, () => '---'));
  const [first = '', ...rest] = head;
  const table1 = [first, rule, ...rest];
  if (split === undefined) return [...table1, ...body];
  // A page break in the middle: the page number, and the table starting again.
  return [
    ...table1,
    ...body.slice(0, split),
    '',
    '- 3 -',
    '',
    pipe(Array(width).fill('')),
    rule,
    ...body.slice(split),
  ];
}

/** PDF text: a row's labels then its values on one line; a long label broken where asked. */
function pdfLines(table: Table, breaks: (label: string) => number | null): string[] {
  const lines = table.header.map((h) => h.filter((c) => c !== '').join(' '));
  for (const row of table.rows) {
    const label = row.labels.filter((l) => l !== '').join('');
    const at = breaks(label);
    const values = row.values.map(printed).join(' ');
    if (at === null) lines.push(`${label} ${values}`.trim());
    else lines.push(label.slice(0, at), `${label.slice(at)} ${values}`);
  }
  return lines;
}

/** Label cells merged as a Word table merges them: equal neighbours as one cell. */
function mergedHtml(table: Table, th: boolean): string[] {
  const tag = th ? 'th' : 'td';
  const grid = table.rows.map((r) => r.repeated);
  const covered = new Set<string>();
  const rows = table.rows.map((row, r) => {
    const cells: string[] = [];
    grid[r]?.forEach((text, c) => {
      if (covered.has(`${r}/${c}`)) return;
      let colspan = 1;
      while (grid[r]?.[c + colspan] === text) colspan += 1;
      let rowspan = 1;
      const same = (rr: number) =>
        Array.from({ length: colspan }, (_, k) => grid[rr]?.[c + k]).every((t) => t === text) &&
        grid[rr]?.[c + colspan] !== text;
      while (r + rowspan < grid.length && same(r + rowspan)) rowspan += 1;
      for (let i = 0; i < rowspan; i++)
        for (let k = 0; k < colspan; k++) covered.add(`${r + i}/${c + k}`);
      const span = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
      cells.push(`<td${span}>${escape(text)}</td>`);
    });
    cells.push(...row.values.map((v) => `<td>${escape(printed(v))}</td>`));
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = table.header.map(
    (h) => `<tr>${h.map((c) => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`,
  );
  return ['<table border="1">', ...head, ...rows, '</table>'];
}

function repeatedHtml(table: Table): string[] {
  const head = table.header.map(
    (h) => `<tr>${h.map((c) => `<th>${escape(c)}</th>`).join('')}</tr>`,
  );
  const rows = table.rows.map(
    (r) =>
      `<tr>${cellsOf(r, true)
        .map((c) => `<td>${escape(c)}</td>`)
        .join('')}</tr>`,
  );
  return ['<table>', '<thead>', ...head, '</thead>', '<tbody>', ...rows, '</tbody>', '</table>'];
}

/** Each row's values in a table of their own, inside the row's last cell. */
function nestedHtml(table: Table): string[] {
  const head = table.header.map(
    (h) => `<tr>${h.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`,
  );
  const inner = (values: readonly RawCell[]) =>
    `<table><tr>${values.map((v) => `<td>${escape(printed(v))}</td>`).join('')}</tr></table>`;
  const rows = table.rows.map(
    (r) =>
      `<tr>${r.labels.map((l) => `<td>${escape(l)}</td>`).join('')}<td>${inner(r.values)}</td></tr>`,
  );
  return ['<table>', ...head, ...rows, '</table>'];
}

function divRows(table: Table): string[] {
  const row = (cells: readonly string[]) =>
    `<div class="tr">${cells.map((c) => `<div class="td">${escape(c)}</div>`).join('')}</div>`;
  return [
    '<div class="table">',
    ...table.header.map(row),
    ...table.rows.map((r) => row(cellsOf(r))),
    '</div>',
  ];
}

function cssGrid(table: Table): string[] {
  const all = [...table.header.map((h) => [...h]), ...table.rows.map((r) => cellsOf(r))];
  const width = Math.max(...all.map((r) => r.length));
  // Short rows padded where a merged cell would be: at the end of a header, before the values.
  const padded = [
    ...table.header.map((h) => [...h, ...Array(width - h.length).fill('')]),
    ...table.rows.map((r) => [
      ...r.labels,
      ...Array(width - cellsOf(r).length).fill(''),
      ...r.values.map(printed),
    ]),
  ];
  const cells = padded.flat().map((c) => `<div>${escape(c)}</div>`);
  return [
    `<div style="display: grid; grid-template-columns: repeat(${width}, 1fr)">`,
    ...cells,
    '</div>',
  ];
}

export interface RenderOptions {
  /** Where a long label of a PDF text line is broken, or null for not at all. */
  readonly breakLabel?: (label: string) => number | null;
  /** After which row the applications table is split by a page break. */
  readonly splitAt?: number;
}

/** The lines of one table in one form (HTML forms give HTML lines). */
export function renderTable(table: Table, form: TableForm, options: RenderOptions = {}): string[] {
  const caption = table.caption
    ? [isHtmlForm(form) ? `<p>${table.caption}</p>` : table.caption]
    : [];
  const tabs = () => [
    ...table.header.map((h) => h.join('\t')),
    ...table.rows.map((r) => cellsOf(r).join('\t')),
  ];
  switch (form) {
    case 'tabs':
      return [...caption, ...tabs()];
    case 'markdown':
      return [...caption, '', ...markdown(table, 'normal'), ''];
    case 'markdown-placeholder-header':
      return [...caption, '', ...markdown(table, 'placeholder'), ''];
    case 'markdown-no-header':
      return [...caption, '', ...markdown(table, 'none'), ''];
    case 'markdown-no-labels': {
      // OCR that read no label: each label cell a placeholder, the header too.
      let n = 0;
      const unlabelled = {
        ...table,
        rows: table.rows.map((r) => ({
          ...r,
          labels: r.labels.map((l) => (l === '' ? '' : `数据${(n += 1)}`)),
        })),
      };
      return [...caption, '', ...markdown(unlabelled, 'placeholder'), ''];
    }
    case 'markdown-split':
      return [
        ...caption,
        '',
        ...markdown(table, 'normal', options.splitAt ?? Math.floor(table.rows.length / 2)),
        '',
      ];
    case 'pdf-lines':
      return [...caption, ...pdfLines(table, options.breakLabel ?? (() => null))];
    case 'html':
      return [...caption, ...mergedHtml(table, false)];
    case 'html-th-repeated':
      return [...caption, ...repeatedHtml(table)];
    case 'html-nested':
      return [...caption, ...nestedHtml(table)];
    case 'pre-tabs':
      return [...caption, `<pre>${escape(tabs().join('\n'))}</pre>`];
    case 'pre-markdown':
      return [...caption, `<pre>${escape(markdown(table, 'normal').join('\n'))}</pre>`];
    case 'div-rows':
      return [...caption, ...divRows(table)];
    case 'css-grid':
      return [...caption, ...cssGrid(table)];
  }
}
