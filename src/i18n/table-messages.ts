import { bundle } from './bundle.ts';

// The strings of the one data table (src/components/tables), in both languages.

/** 10005 → 10,005 (a dataset's rows). */
const count = (n: number) => n.toLocaleString('en-US');

export interface DataTableMessages {
  search: string;
  filter: (column: string) => string;
  hideEmpty: string;
  columns: string;
  reset: string;
  blank: string;
  notApplicable: string;
  expand: (row: string) => string;
  collapse: (row: string) => string;
  noRows: string;
  /** A table whose rows are on their way (a dataset being read). */
  loadingRows: string;
  approx: string;
  /** Under a focused cell's notes: how the keys move between the noted cells. */
  noteKeys: string;
  rowCount: (shown: number, total: number) => string;
  /** The summary of the note on how to write a column filter. */
  filterHelp: string;
  filterSyntax: string;
  filterNotUnderstood: (column: string, text: string) => string;
}

export const zhTableMessages: DataTableMessages = {
  search: '搜索表格',
  filter: (column) => `筛选“${column}”`,
  hideEmpty: '隐藏空行',
  columns: '显示的列',
  reset: '重置',
  blank: '空白',
  notApplicable: '不适用',
  expand: (row) => `展开“${row}”`,
  collapse: (row) => `收起“${row}”`,
  noRows: '没有符合条件的行',
  loadingRows: '正在读取各行…',
  approx: '约数',
  noteKeys: '方向键、Home、End：到其他标记的单元格',
  rowCount: (shown, total) => `显示 ${count(shown)} / ${count(total)} 行`,
  filterHelp: '筛选写法',
  filterSyntax:
    '在列标题下的框里输入：数字 >3、>=3、<2、<=2、=0 或 3；范围 1-3；blank 找空白；na 找不适用（- 或 /）；其他文字找含有它的单元格。',
  filterNotUnderstood: (column, text) =>
    `“${column}”的筛选“${text}”看不懂，没有使用（写法见“筛选写法”）`,
};

export const enTableMessages: DataTableMessages = {
  search: 'Search the table',
  filter: (column) => `Filter ${column}`,
  hideEmpty: 'Hide empty rows',
  columns: 'Columns',
  reset: 'Reset',
  blank: 'Blank',
  notApplicable: 'Not applicable',
  expand: (row) => `Expand ${row}`,
  collapse: (row) => `Collapse ${row}`,
  noRows: 'No rows match',
  loadingRows: 'Reading the rows…',
  approx: 'Approximate',
  noteKeys: 'Arrow keys, Home, End: the other flagged cells',
  rowCount: (shown, total) => `Showing ${count(shown)} of ${count(total)} rows`,
  filterHelp: 'How to filter',
  filterSyntax:
    'Type into the boxes under the column headers: a number >3, >=3, <2, <=2, =0 or 3; a range 1-3; blank for blank cells; na for not applicable (- or /); any other text for the cells that contain it.',
  filterNotUnderstood: (column, text) =>
    `The filter “${text}” on ${column} is not understood and is not applied (see “How to filter”)`,
};

export const tableMessages = bundle(zhTableMessages, enTableMessages);
