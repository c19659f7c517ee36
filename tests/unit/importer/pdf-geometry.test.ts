import { describe, expect, it } from 'vitest';
import { pdfDocument } from '../../../src/importer/readers/pdf-document.ts';
import type { PdfTextItem } from '../../../src/importer/readers/pdf-lines.ts';
import { type Block, blockText } from '../../../src/importer/source-document.ts';

// The PDF reader's geometry on pages made of text items by hand, one trap each, as pdf.js
// reports them: positions in points, y growing downwards, a baseline for horizontal text.

const wide = (ch: string) => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);

function item(text: string, x: number, y: number, size = 10, width?: number): PdfTextItem {
  const w = width ?? [...text].reduce((sum, ch) => sum + wide(ch) * size, 0);
  return { text, x, y, width: w, height: size, size, vertical: false };
}

function vertical(text: string, x: number, top: number, size = 10): PdfTextItem {
  return { text, x, y: top, width: size, height: size * text.length, size, vertical: true };
}

const page = (items: PdfTextItem[], number = 1) => ({
  page: number,
  width: 595,
  height: 842,
  items,
});

const rowsOf = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'row' ? [b.cells.map((c) => c.text)] : []));

/** A table row: a label at x 80, values every 40 points from x 300. */
const row = (label: string, values: string[], y: number): PdfTextItem[] => [
  item(label, 80, y),
  ...values.map((v, i) => item(v, 300 + 40 * i, y)),
];

describe('PDF geometry', () => {
  it('reads rows by position, whatever order the file stores its items in', () => {
    const items = [
      ...row('1.属于国家秘密', ['1', '0', '1'], 200),
      ...row('规章', ['0', '2', '2'], 180),
    ];
    const stored = [...items].reverse();
    const { document } = pdfDocument([page(stored)]);
    expect(rowsOf(document.blocks)).toEqual([
      ['规章', '0', '2', '2'],
      ['1.属于国家秘密', '1', '0', '1'],
    ]);
  });

  it('drops white space items, however wide, and joins items that touch', () => {
    const items = [
      item('一、本年新收', 80, 200),
      item('政府信息公开申请数量', 140, 200),
      item(' ', 240, 200, 10, 3105),
      item('21', 300, 200),
      item(' ', 310, 200, 10, 1613),
      item('0', 340, 200),
    ];
    expect(rowsOf(pdfDocument([page(items)]).document.blocks)).toEqual([
      ['一、本年新收政府信息公开申请数量', '21', '0'],
    ]);
  });

  it('puts a label wrapped around its values (above and below them) into one cell', () => {
    const items = [
      ...row('（一）予以公开', ['0', '0'], 180),
      item('（二）部分公开（区分处理的，只计这一情形，不', 80, 197),
      item('4', 300, 203, 14),
      item('0', 340, 203, 14),
      item('计其他情形）', 80, 210),
      ...row('1.属于国家秘密', ['1', '0'], 228),
    ];
    expect(rowsOf(pdfDocument([page(items)]).document.blocks)).toEqual([
      ['（一）予以公开', '0', '0'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0'],
      ['1.属于国家秘密', '1', '0'],
    ]);
  });

  it('gives a vertical group label, characters lost or not, to the row by its middle, before its own label', () => {
    const items = [
      vertical('三、本年', 60, 170),
      ...row('（一）予以公开', ['0', '0'], 180),
      ...row('（二）部分公开', ['4', '0'], 200),
    ];
    const { document } = pdfDocument([page(items)]);
    // The label runs from y 170 to 210: its middle is the second row's, where it comes first.
    expect(rowsOf(document.blocks)).toEqual([
      ['（一）予以公开', '0', '0'],
      ['三、本年 （二）部分公开', '4', '0'],
    ]);
    expect(document.blocks.filter((b) => b.kind === 'text')).toEqual([]);
  });

  it('drops page numbers and running headers, wherever a page number is printed', () => {
    const pageOf = (n: number) =>
      page(
        [
          item('某某县人民政府2023年政府信息公开工作年度报告', 150, 40, 9),
          ...row('规章', ['0', '2'], 300),
          // A footer printed right under the table, not in the margin.
          item(`- ${n} -`, 280, 330, 12),
          item(`第 ${n} 页 共 2 页`, 260, 820, 9),
        ],
        n,
      );
    const { document, text } = pdfDocument([pageOf(1), pageOf(2)]);
    expect(document.blocks.map(blockText)).toEqual(['规章 0 2', '规章 0 2']);
    expect(text).not.toMatch(/共 2 页|- 1 -|年度报告/);
  });

  it('keeps a name at the top of one page and signed at the foot of another: not a running header', () => {
    const pages = [
      page([item('西河市教育局', 250, 40, 18), item('一、总体情况', 80, 200, 16)], 1),
      page([item('六、其他需要报告的事项', 80, 200, 16), item('西河市教育局', 400, 800, 16)], 2),
    ];
    expect(pdfDocument(pages).document.blocks.map(blockText)).toEqual([
      '西河市教育局',
      '一、总体情况',
      '六、其他需要报告的事项',
      '西河市教育局',
    ]);
  });

  it('gives a four-line label to its own row, not to the one-line row just above (no cell padding)', () => {
    // Values sit in the middle of their cells; the cells have no padding, so the first line of
    // the four-line label is nearer the row above than its own row's values.
    const items = [
      ...row('（一）予以公开', ['40', '41'], 369),
      item('（二）部分公开（区分处理', 80, 387.7),
      item('的，只计这一情形，不计', 80, 405.7),
      item('其他情', 80, 423.7),
      item('形）', 80, 441.7),
      item('50', 300, 413.2),
      item('51', 340, 413.2),
      ...row('1.属于国家秘密', ['60', '61'], 460.5),
    ];
    expect(rowsOf(pdfDocument([page(items)]).document.blocks)).toEqual([
      ['（一）予以公开', '40', '41'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '50', '51'],
      ['1.属于国家秘密', '60', '61'],
    ]);
  });

  it('splits a value off a label stored in the same item ("” 80")', () => {
    const items = [
      item('3.危及“三安全一稳定', 80, 200),
      item('” 80', 180, 200, 10, 40),
      item('80', 340, 200),
    ];
    expect(rowsOf(pdfDocument([page(items)]).document.blocks)).toEqual([
      ['3.危及“三安全一稳定”', '80', '80'],
    ]);
  });

  it('leaves a cell printed blank blank: the header gives the columns', () => {
    const header = ['自然人', '商业企业', '总计'].map((h, i) => item(h, 296 + 40 * i, 160, 9));
    const items = [
      ...header,
      ...row('一、本年新收', ['5', '1', '6'], 180),
      item('二、上年结转', 80, 200),
      item('3', 300, 200),
      item('3', 380, 200),
    ];
    expect(rowsOf(pdfDocument([page(items)]).document.blocks)).toEqual([
      ['一、本年新收', '5', '1', '6'],
      ['二、上年结转', '3', '', '3'],
    ]);
  });

  it('reads radicals a font mapped in place of characters, and overprinted text once', () => {
    const items = [
      item('⻄河市教育局⼈⺠政府', 80, 100, 16),
      item('⻄河市教育局⼈⺠政府', 80.3, 100, 16),
    ];
    expect(pdfDocument([page(items)]).document.blocks.map(blockText)).toEqual([
      '西河市教育局人民政府',
    ]);
  });

  it('marks an indented line as the start of a paragraph', () => {
    const body = '这是一行排满了版心宽度的正文文字用来确定页面左边界的位置';
    const items = [
      item(body, 74, 100, 16),
      item(body, 74, 128, 16),
      item('本报告由某某局编制。', 74, 156, 16),
      item('一、总体情况', 106, 184, 16),
      item(body, 74, 212, 16),
    ];
    const { document } = pdfDocument([page(items)]);
    expect(document.blocks.map((b) => b.kind === 'text' && b.indented === true)).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});
