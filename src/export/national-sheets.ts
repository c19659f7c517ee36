import type { RawCell } from '../report/cell.ts';
import type { Report } from '../report/report-schema.ts';
import {
  appealColumns,
  applicantColumns,
  applicationLabels,
  proactiveLayouts,
} from '../report/table-layout.ts';
import { appealRows, applicationRows, proactiveRows, type RowRef } from '../report/table-rows.ts';
import type { ExportTable } from './export-table.ts';
import {
  sheetCell,
  toSheets,
  writeWorkbook,
  type SheetCell,
  type SheetSpec,
} from './sheet-cells.ts';

// The report's three tables as worksheets in the national layout: the official labels (in
// Chinese, as every report prints them), the same header rows and merged label cells, every
// cell as printed and a blank cell left empty.

const border = { borderStyle: 'thin', borderColor: '#5F6B7A' } as const;

type Spanned = { columnSpan?: number; rowSpan?: number };

const label = (value: string, span: Spanned = {}, header = false): SheetCell => ({
  value,
  type: String,
  format: '@',
  wrap: true,
  alignVertical: 'center',
  ...border,
  ...span,
  ...(header ? { fontWeight: 'bold', backgroundColor: '#EEF1F4' } : {}),
});

const value = (raw: RawCell): SheetCell => {
  const cell = sheetCell(raw);
  return cell === null ? null : { ...cell, ...border };
};

/** Cells hidden under a merged cell: write-excel-file wants them present and empty. */
const covered = (n: number): SheetCell[] => Array.from({ length: n }, () => null);

const cellsOf = (row: RowRef): SheetCell[] => row.cells.map((c) => value(c.cell.raw));

/** 二、主动公开政府信息情况: a block a 第二十条 item, each with its own header row. */
function proactiveSheet(report: Report): SheetSpec {
  const rows = proactiveRows(report);
  const data: SheetCell[][] = [];
  let item = '';
  let widest = 0;
  for (const layout of proactiveLayouts[report.template]) {
    const row = rows.find((r) => r.key === layout.key);
    if (!row) continue;
    const width = layout.columns.length + 1;
    widest = Math.max(widest, width);
    if (layout.item !== item) {
      item = layout.item;
      if (data.length > 0) data.push([]);
      data.push([label(`第二十条第${item}项`, { columnSpan: width }, true), ...covered(width - 1)]);
      data.push([label('信息内容', {}, true), ...layout.columns.map((c) => label(c.zh, {}, true))]);
    }
    data.push([label(row.label.zh), ...cellsOf(row)]);
  }
  return {
    sheet: '二、主动公开',
    data,
    columns: [{ width: 28 }, ...Array.from({ length: widest - 1 }, () => ({ width: 16 }))],
    stickyRowsCount: 0,
    stickyColumnsCount: 1,
  };
}

/** 三、收到和处理政府信息公开申请情况: three label columns, as the form merges them. */
function applicationsSheet(report: Report): SheetSpec {
  const table = applicationRows(report);
  const organisations = applicantColumns.slice(1, 6);
  const header: SheetCell[][] = [
    [
      label('项目', { columnSpan: 3, rowSpan: 2 }, true),
      ...covered(2),
      label('自然人', { rowSpan: 2 }, true),
      label('法人或其他组织', { columnSpan: 5 }, true),
      ...covered(4),
      label('总计', { rowSpan: 2 }, true),
    ],
    [...covered(4), ...organisations.map((c) => label(c.zh, {}, true)), null],
  ];
  const whole = (row: RowRef) => [
    label(row.label.zh, { columnSpan: 3 }),
    ...covered(2),
    ...cellsOf(row),
  ];
  const results = [...table.results, table.resultsTotal];
  const body: SheetCell[][] = [whole(table.received), whole(table.carriedOver)];
  results.forEach((row, i) => {
    const group = row.groups[0];
    const first = i === 0;
    const head = first ? label(applicationLabels.results.zh, { rowSpan: results.length }) : null;
    if (!group) {
      body.push([head, label(row.label.zh, { columnSpan: 2 }), null, ...cellsOf(row)]);
      return;
    }
    const members = results.filter((r) => r.groups[0] === group);
    const startsGroup = members[0] === row;
    body.push([
      head,
      startsGroup ? label(group.zh, { rowSpan: members.length }) : null,
      label(row.label.zh),
      ...cellsOf(row),
    ]);
  });
  body.push(whole(table.carriedForward));
  return {
    sheet: '三、收到和处理申请',
    data: [...header, ...body],
    columns: [
      { width: 14 },
      { width: 16 },
      { width: 34 },
      ...applicantColumns.map(() => ({ width: 10 })),
    ],
    stickyRowsCount: 2,
    stickyColumnsCount: 0,
  };
}

/** 四、行政复议、行政诉讼: the form's one row of fifteen cells under three header rows. */
function appealsSheet(report: Report): SheetSpec {
  const [reconsideration, direct, after] = appealRows(report);
  const columns = appealColumns.map((c) => label(c.zh, {}, true));
  const groups = [reconsideration, direct, after].filter((r): r is RowRef => r !== undefined);
  return {
    sheet: '四、复议诉讼',
    data: [
      [
        label('行政复议', { columnSpan: 5, rowSpan: 2 }, true),
        ...covered(4),
        label('行政诉讼', { columnSpan: 10 }, true),
        ...covered(9),
      ],
      [
        ...covered(5),
        label('未经复议直接起诉', { columnSpan: 5 }, true),
        ...covered(4),
        label('复议后起诉', { columnSpan: 5 }, true),
        ...covered(4),
      ],
      [...columns, ...columns, ...columns],
      groups.flatMap(cellsOf),
    ],
    columns: Array.from({ length: 15 }, () => ({ width: 10 })),
    stickyRowsCount: 3,
    stickyColumnsCount: 0,
  };
}

/** The report's tables in the national layout, a sheet each. */
export function nationalSheets(report: Report): SheetSpec[] {
  return [proactiveSheet(report), applicationsSheet(report), appealsSheet(report)];
}

/** The whole report in one workbook: its three tables, then `more` (the findings). */
export function buildReportXlsx(report: Report, more: readonly ExportTable[]): Promise<Blob> {
  return writeWorkbook([...nationalSheets(report), ...toSheets(more)]);
}
