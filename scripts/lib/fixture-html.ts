import { type Fixture, type FixtureBlock, type FixtureCell, escapeHtml } from './fixture-model.ts';

// A report page as government sites publish it: Word-pasted markup, full-width indents,
// spans around everything, tables with rowspan/colspan, and sometimes a layout table
// around the whole article.

function cellHtml(cell: FixtureCell): string {
  const span = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;
  const inner =
    cell.html ??
    (cell.lines
      ? cell.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')
      : escapeHtml(cell.text));
  return `<td${span} valign="center" style="border:solid windowtext 1.0pt">${inner}</td>`;
}

/** Breaks a paragraph's source line between two Chinese characters, as editors' HTML does. */
function wrapSource(text: string): string {
  const at = text.search(/(?<=\p{Script=Han}{12})\p{Script=Han}/u);
  return at > 0
    ? `${escapeHtml(text.slice(0, at))}\n    ${escapeHtml(text.slice(at))}`
    : escapeHtml(text);
}

// Two ideographic spaces: the paragraph indent Chinese editors type.
const INDENT = '\u3000\u3000';

function blockHtml(block: FixtureBlock): string {
  if (block.kind === 'table') {
    const rows = block.rows.map((row) => `  <tr>${row.map(cellHtml).join('')}</tr>`).join('\n');
    return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${rows}\n</tbody>\n</table>`;
  }
  switch (block.style) {
    case 'title':
      return `<p align="center" style="text-align:center"><b><span style="font-size:22pt;font-family:方正小标宋简体">${escapeHtml(block.text)}</span></b></p>`;
    case 'heading':
      return `<p style="text-indent:2em"><strong><span style="font-family:黑体">${escapeHtml(block.text)}</span></strong></p>`;
    case 'right':
      return `<p style="text-align:right">${escapeHtml(block.text)}&nbsp;&nbsp;</p>`;
    default:
      return `<p style="text-indent:2em;line-height:28pt"><span style="font-family:仿宋_GB2312">${INDENT}${wrapSource(block.text)}</span></p>`;
  }
}

export function fixtureHtml(fixture: Fixture, title: string): string {
  const charset = fixture.htmlEncoding === 'utf-8' ? 'utf-8' : 'gb2312';
  const body = fixture.blocks.map(blockHtml).join('\n');
  const article = fixture.layoutTable
    ? `<table width="100%" border="0"><tr><td class="bt_content">\n${body}\n</td></tr></table>`
    : `<div class="TRS_Editor">\n${body}\n</div>`;
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}</title>
<style>p { margin: 0 }</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>
${article}
</body>
</html>
`;
}
