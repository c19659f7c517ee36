import { cellText } from '../report/edit-file.ts';
import { nationalLayout, type GridBlock, type GridCell } from '../report/national-layout.ts';
import type { Report } from '../report/report-schema.ts';

// The report's three tables as HTML that Word and WPS take in as tables when pasted or opened:
// the national layout (official labels, merged cells), every cell as printed, blank left empty,
// and the look set on each element, since Word reads inline styles and ignores a stylesheet's
// selectors in a pasted fragment.

/** Text safe in HTML: the characters that would start markup or end an attribute. */
const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch,
  );

const FONT = "font-family:'SimSun','宋体','Songti SC',serif;font-size:10.5pt";
const BORDER = 'border:1px solid #000;padding:2pt 4pt';
const TABLE = `border-collapse:collapse;${FONT};margin:0 0 12pt`;

const span = (cell: GridCell, extra = 0) =>
  (cell.colSpan || extra ? ` colspan="${(cell.colSpan ?? 1) + extra}"` : '') +
  (cell.kind === 'label' && cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : '');

function cellHtml(cell: GridCell, extra: number): string {
  if (cell.kind === 'value') {
    const text = escapeXml(cellText(cell.ref.cell.raw));
    return `<td${span(cell, extra)} style="${BORDER};text-align:center">${text}</td>`;
  }
  const tag = cell.header ? 'th' : 'td';
  const weight = cell.header ? ';font-weight:bold;text-align:center' : '';
  return `<${tag}${span(cell, extra)} style="${BORDER}${weight}">${escapeXml(cell.label.zh)}</${tag}>`;
}

/** A row of a block, its last cell widened to the table's width (table 二's narrower items). */
function rowHtml(cells: readonly GridCell[], width: number, full: boolean): string {
  const used = cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
  const extra = full ? Math.max(0, width - used) : 0;
  return `<tr>${cells.map((c, i) => cellHtml(c, i === cells.length - 1 ? extra : 0)).join('')}</tr>`;
}

function blockRows(block: GridBlock, width: number): string[] {
  const caption = block.caption
    ? [
        `<tr><th colspan="${width}" style="${BORDER};font-weight:bold;text-align:left">${escapeXml(block.caption.zh)}</th></tr>`,
      ]
    : [];
  // Rows that start below a merged label cell are short by design: only the table's own first
  // row and a label row are widened.
  const widen = (i: number) => block.caption !== undefined || i === 0;
  return [
    ...caption,
    ...block.head.map((row, i) => rowHtml(row, width, widen(i))),
    ...block.body.map((row) => rowHtml(row, width, block.caption !== undefined)),
  ];
}

/** The three tables, each under its title, as an HTML fragment. */
export function nationalTablesFragment(report: Report): string {
  return nationalLayout(report)
    .map((table) => {
      const width = Math.max(...table.blocks.map((b) => b.width));
      const rows = table.blocks.flatMap((block) => blockRows(block, width));
      return (
        `<p style="${FONT};font-weight:bold">${escapeXml(table.title.zh)}</p>` +
        `<table style="${TABLE}">${rows.join('')}</table>`
      );
    })
    .join('\n');
}

/** A whole HTML file of the tables, which Word and WPS open as a document. */
export function nationalTablesHtml(report: Report): string {
  const title = escapeXml(
    `${report.agency.name} ${report.year} 年度政府信息公开工作年度报告 · 表格`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${title}</title></head>`,
    `<body style="${FONT}"><h1 style="font-size:14pt">${title}</h1>`,
    nationalTablesFragment(report),
    '</body></html>',
    '',
  ].join('\n');
}
