// @vitest-environment node
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/export/export-table.ts';
import { buildXlsx, sheetCell, sheetNames, XLSX_TYPE } from '../../../src/export/sheet-cells.ts';

const applications: ExportTable = {
  title: '收到和处理政府信息公开申请情况',
  rowHeader: '项目',
  columns: ['自然人', '法人或其他组织 / 商业企业', '总计'],
  rows: [
    { label: '一、本年新收政府信息公开申请数量', cells: [6, null, 6] },
    { label: '三、本年度办理结果', cells: [null, null, null] },
    { label: '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密', cells: [0, '-', '１２'] },
  ],
};
const procurement: ExportTable = {
  title: '主动公开政府信息情况 · 第二十条第（九）项',
  rowHeader: '项目',
  columns: ['采购项目数量', '采购总金额'],
  rows: [{ label: '政府集中采购', cells: ['6件', '537余万元'] }],
};

async function workbook(tables: ExportTable[]) {
  const blob = await buildXlsx(tables);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { blob, bytes, sheets: await readXlsxFile(Buffer.from(bytes)) };
}

describe('buildXlsx', () => {
  it('writes a real workbook, one sheet a table, that reads back cell for cell', async () => {
    const { blob, sheets } = await workbook([applications, procurement]);
    expect(blob.type).toBe(XLSX_TYPE);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '收到和处理政府信息公开申请情况',
      '主动公开政府信息情况 · 第二十条第（九）项',
    ]);
    expect(sheets[0]?.data).toEqual([
      ['项目', '自然人', '法人或其他组织 / 商业企业', '总计'],
      ['一、本年新收政府信息公开申请数量', 6, null, 6],
      ['三、本年度办理结果', null, null, null],
      ['三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密', 0, '-', 12],
    ]);
    expect(sheets[1]?.data).toEqual([
      ['项目', '采购项目数量', '采购总金额'],
      ['政府集中采购', '6件', '537余万元'],
    ]);
  });

  it('keeps numbers as numbers and printed forms as text', async () => {
    const { sheets } = await workbook([applications, procurement]);
    const row = sheets[0]?.data[1] ?? [];
    expect(typeof row[1]).toBe('number');
    expect(typeof sheets[1]?.data[1]?.[2]).toBe('string');
  });

  it('styles the header row (bold, filled) and freezes it with the label column', async () => {
    const { bytes } = await workbook([applications]);
    const files = unzipSync(bytes);
    const styles = strFromU8(files['xl/styles.xml'] as Uint8Array);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(styles).toMatch(/<b\s*\/>/);
    const headerCells = [...sheet.matchAll(/<c r="[A-D]1"[^>]*\bs="(\d+)"/g)].map((m) => m[1]);
    const bodyCell = /<c r="B2"[^>]*\bs="(\d+)"/.exec(sheet)?.[1];
    expect(headerCells).toHaveLength(4);
    expect(new Set(headerCells).size).toBe(1);
    expect(headerCells[0]).not.toBe(bodyCell);
    expect(sheet).toMatch(/<pane [^>]*state="frozen"/);
  });
});

describe('sheetCell', () => {
  it('reads a number in another width as a number, and nothing else', () => {
    expect(sheetCell(12)).toEqual({ value: 12, type: Number });
    expect(sheetCell('１２')).toEqual({ value: 12, type: Number });
    expect(sheetCell(' 3 ')).toEqual({ value: 3, type: Number });
    expect(sheetCell('0012')).toMatchObject({ value: '0012', type: String });
    expect(sheetCell('537余万元')).toMatchObject({ value: '537余万元', type: String, format: '@' });
    expect(sheetCell('=1+1')).toMatchObject({ value: '=1+1', type: String });
    expect(sheetCell(null)).toBeNull();
  });
});

describe('sheetNames', () => {
  it('makes legal, unique names of at most 31 characters', () => {
    const long = '行政复议、行政诉讼情况'.repeat(4);
    const names = sheetNames([long, long, 'a/b[c]:d?', '']);
    expect(names[0]).toHaveLength(31);
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[1]?.length).toBeLessThanOrEqual(31);
    expect(names[2]).toBe('a_b_c__d_');
    expect(names[3]).toBe('4');
  });
});
