import type { Label } from './label.ts';
import type { Report } from './report-schema.ts';
import {
  appealColumns,
  appealGroups,
  applicantColumns,
  applicationLabels,
  proactiveLayouts,
  sectionLabels,
} from './table-layout.ts';
import {
  appealRows,
  applicationRows,
  proactiveRows,
  type CellRef,
  type RowRef,
} from './table-rows.ts';

// The three tables as the national form prints them: header rows, merged label cells and the
// cells in their places, as a grid of label and value cells. The editor draws it with inputs,
// the Word export as HTML. A cell covered by another's span is left out, as HTML leaves it.

export interface LabelCell {
  readonly kind: 'label';
  readonly label: Label;
  /** A column header (else the label of a row). */
  readonly header?: boolean;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface ValueCell {
  readonly kind: 'value';
  readonly ref: CellRef;
  readonly colSpan?: number;
}

export type GridCell = LabelCell | ValueCell;

/** A part of a table with its own column headers: table 二 has one a 第二十条 item. */
export interface GridBlock {
  /** 第二十条第（一）项, for the blocks of table 二. */
  readonly caption?: Label;
  readonly head: readonly (readonly GridCell[])[];
  readonly body: readonly (readonly GridCell[])[];
  /** Columns, the label columns included. */
  readonly width: number;
}

export type GridTableKey = 'proactive' | 'applications' | 'appeals';

export interface GridTable {
  readonly key: GridTableKey;
  readonly title: Label;
  readonly blocks: readonly GridBlock[];
}

const label = (l: Label, more: Omit<LabelCell, 'kind' | 'label'> = {}): LabelCell => ({
  kind: 'label',
  label: l,
  ...more,
});
const header = (l: Label, more: Omit<LabelCell, 'kind' | 'label' | 'header'> = {}) =>
  label(l, { header: true, ...more });
const values = (row: RowRef): ValueCell[] => row.cells.map((ref) => ({ kind: 'value', ref }));

const itemNumbers: Record<string, number> = {
  '（一）': 1,
  '（五）': 5,
  '（六）': 6,
  '（八）': 8,
  '（九）': 9,
};

/** 二、主动公开政府信息情况: a block a 第二十条 item, each with its own header row. */
function proactiveTable(report: Report): GridTable {
  const rows = proactiveRows(report);
  const layouts = proactiveLayouts[report.template];
  const width = 1 + Math.max(...layouts.map((l) => l.columns.length));
  const blocks: { caption: Label; head: GridCell[][]; body: GridCell[][]; width: number }[] = [];
  for (const layout of layouts) {
    const row = rows.find((r) => r.key === layout.key);
    if (!row) continue;
    let block = blocks.at(-1);
    const caption = {
      zh: `第二十条第${layout.item}项`,
      en: `Article 20, item ${itemNumbers[layout.item] ?? layout.item}`,
    };
    if (!block || block.caption.zh !== caption.zh) {
      block = {
        caption,
        head: [
          [header({ zh: '信息内容', en: 'Information' }), ...layout.columns.map((c) => header(c))],
        ],
        body: [],
        width,
      };
      blocks.push(block);
    }
    block.body.push([label(row.label), ...values(row)]);
  }
  return { key: 'proactive', title: sectionLabels.proactive, blocks };
}

/** 三、收到和处理政府信息公开申请情况: three label columns, as the form merges them. */
function applicationsTable(report: Report): GridTable {
  const table = applicationRows(report);
  const head: GridCell[][] = [
    [
      header({ zh: '项目', en: 'Item' }, { colSpan: 3, rowSpan: 2 }),
      header(applicantColumns[0], { rowSpan: 2 }),
      header({ zh: '法人或其他组织', en: 'Legal persons and other organisations' }, { colSpan: 5 }),
      header(applicantColumns[6], { rowSpan: 2 }),
    ],
    applicantColumns.slice(1, 6).map((c) => header(c)),
  ];
  const whole = (row: RowRef): GridCell[] => [label(row.label, { colSpan: 3 }), ...values(row)];
  const results = [...table.results, table.resultsTotal];
  const body: GridCell[][] = [whole(table.received), whole(table.carriedOver)];
  results.forEach((row, i) => {
    const cells: GridCell[] = [];
    if (i === 0) cells.push(label(applicationLabels.results, { rowSpan: results.length }));
    const group = row.groups[0];
    if (!group) {
      cells.push(label(row.label, { colSpan: 2 }));
    } else {
      const members = results.filter((r) => r.groups[0] === group);
      if (members[0] === row) cells.push(label(group, { rowSpan: members.length }));
      cells.push(label(row.label));
    }
    body.push([...cells, ...values(row)]);
  });
  body.push(whole(table.carriedForward));
  return {
    key: 'applications',
    title: sectionLabels.applications,
    blocks: [{ head, body, width: 3 + applicantColumns.length }],
  };
}

/** 四、行政复议、行政诉讼: the form's one row of fifteen cells under three header rows. */
function appealsTable(report: Report): GridTable {
  const [, direct, after] = appealGroups;
  const head: GridCell[][] = [
    [
      header({ zh: '行政复议', en: 'Administrative reconsideration' }, { colSpan: 5, rowSpan: 2 }),
      header({ zh: '行政诉讼', en: 'Administrative litigation' }, { colSpan: 10 }),
    ],
    [
      header({ zh: '未经复议直接起诉', en: direct.en }, { colSpan: 5 }),
      header({ zh: '复议后起诉', en: after.en }, { colSpan: 5 }),
    ],
    appealGroups.flatMap(() => appealColumns.map((c) => header(c))),
  ];
  return {
    key: 'appeals',
    title: sectionLabels.appeals,
    blocks: [{ head, body: [appealRows(report).flatMap(values)], width: 15 }],
  };
}

/** The report's three tables in the national layout of its template. */
export function nationalLayout(report: Report): GridTable[] {
  return [proactiveTable(report), applicationsTable(report), appealsTable(report)];
}

/** Where each cell of some rows starts, counting the columns that spans above it still cover. */
export function gridColumns(rows: readonly (readonly GridCell[])[]): number[][] {
  const covered: number[] = []; // per column: how many more rows it is covered for
  return rows.map((row) => {
    let column = 0;
    const starts = row.map((cell) => {
      while ((covered[column] ?? 0) > 0) column += 1;
      const start = column;
      const span = cell.colSpan ?? 1;
      const down = cell.kind === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let c = start; c < start + span; c += 1) covered[c] = down;
      column += span;
      return start;
    });
    for (let c = 0; c < covered.length; c += 1) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return starts;
  });
}
