import { strToU8, zipSync } from 'fflate';
import type { Fixture, FixtureBlock, FixtureCell } from './fixture-model.ts';

// A Word .docx written as its OOXML parts: merged cells as Word stores them (w:gridSpan
// across, w:vMerge restart/continue down), numbers split over runs as Word often does.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const run = (text: string, bold = false): string =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;

function paragraph(block: Extract<FixtureBlock, { kind: 'p' }>): string {
  const jc = block.style === 'title' ? 'center' : block.style === 'right' ? 'right' : null;
  const props = jc ? `<w:pPr><w:jc w:val="${jc}"/></w:pPr>` : '';
  return `<w:p>${props}${run(block.text, block.style === 'heading' || block.style === 'title')}</w:p>`;
}

function cellContent(cell: FixtureCell): string {
  if (cell.lines) return cell.lines.map((line) => `<w:p>${run(line)}</w:p>`).join('');
  if (cell.text === '') return '<w:p/>';
  // Digits one run each, as Word leaves them after editing.
  const runs = /^[\d.]+$/.test(cell.text)
    ? [...cell.text].map((ch) => run(ch)).join('')
    : run(cell.text);
  return `<w:p>${runs}</w:p>`;
}

function tc(content: string, gridSpan: number, vMerge: 'restart' | 'continue' | null): string {
  const span = gridSpan > 1 ? `<w:gridSpan w:val="${gridSpan}"/>` : '';
  const merge =
    vMerge === 'restart'
      ? '<w:vMerge w:val="restart"/>'
      : vMerge === 'continue'
        ? '<w:vMerge/>'
        : '';
  return `<w:tc><w:tcPr>${span}${merge}</w:tcPr>${content}</w:tc>`;
}

/** HTML-style rows (a merged cell given once) as Word rows (a continuation cell per row). */
function table(rows: readonly (readonly FixtureCell[])[]): string {
  const width = Math.max(...rows.map((row) => row.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  const open = new Map<number, { left: number; span: number }>();
  const out = rows.map((row) => {
    const cells = [...row];
    const parts: string[] = [];
    let col = 0;
    while (col < width * 2 && (cells.length > 0 || open.has(col))) {
      const merged = open.get(col);
      if (merged) {
        parts.push(tc('<w:p/>', merged.span, 'continue'));
        if (--merged.left === 0) open.delete(col);
        col += merged.span;
        continue;
      }
      const cell = cells.shift() as FixtureCell;
      const span = cell.colSpan ?? 1;
      const down = cell.rowSpan ?? 1;
      if (down > 1) open.set(col, { left: down - 1, span });
      parts.push(tc(cellContent(cell), span, down > 1 ? 'restart' : null));
      col += span;
    }
    return `<w:tr>${parts.join('')}</w:tr>`;
  });
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="800"/>').join('');
  return `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${out.join('')}</w:tbl><w:p/>`;
}

export function fixtureDocx(fixture: Fixture): Uint8Array {
  const body = fixture.blocks.map((b) => (b.kind === 'p' ? paragraph(b) : table(b.rows))).join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  // A fixed date, so that running the script again gives the same bytes.
  const mtime = new Date('2024-01-01T00:00:00Z');
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]]),
    ),
  );
}
