import type { RawCell } from '../../src/report/cell.ts';
import {
  appealColumns,
  appealGroups,
  applicantKeys,
  applicationLabels as l,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  proactiveLayouts,
  unavailableReasons,
  type Template,
} from '../../src/report/table-layout.ts';
import { type FixtureCell, label, value } from './fixture-model.ts';

// The three tables laid out as the national format prints them (merged cells included),
// from the cells a report file holds.

type Row = Record<string, RawCell>;
type Rows = Record<string, Row>;

const cellsOf = (row: Row | undefined, keys: readonly string[]): FixtureCell[] =>
  keys.map((key) => value(row?.[key] ?? null));

const ITEM_HEADINGS: Record<string, string> = {
  '（一）': '第二十条第（一）项',
  '（五）': '第二十条第（五）项',
  '（六）': '第二十条第（六）项',
  '（八）': '第二十条第（八）项',
  '（九）': '第二十条第（九）项',
};

/** 表二: a heading row per article 20 item, a column header row, then the item's rows. */
export function proactiveTable(template: Template, rows: Rows): FixtureCell[][] {
  const out: FixtureCell[][] = [];
  let item = '';
  for (const row of proactiveLayouts[template]) {
    const columns = row.columns.map((c) => c.key as string);
    // Three value columns in all; a row with fewer spans its last cell over the rest.
    const spans = (cells: FixtureCell[]): FixtureCell[] =>
      cells.map((cell, i) =>
        i === cells.length - 1 ? { ...cell, colSpan: 4 - cells.length } : cell,
      );
    if (row.item !== item) {
      item = row.item;
      out.push([label(ITEM_HEADINGS[item] as string, { colSpan: 4 })]);
      out.push([label('信息内容'), ...spans(row.columns.map((c) => label(c.zh)))]);
    }
    const printed = row.key === 'rules' && template === '2019' ? ['规章', '（市政府令）'] : null;
    out.push([
      printed ? { text: printed.join(''), lines: printed } : label(row.zh),
      ...spans(cellsOf(rows[row.key], columns)),
    ]);
  }
  return out;
}

const applicants = (row: Row | undefined) => cellsOf(row, applicantKeys);

/** 表三: three label columns (merged down and across) and the seven applicant columns. */
export function applicationsTable(
  table: Record<string, unknown>,
  single: boolean,
): FixtureCell[][] {
  const results = table.results as Record<string, Rows | Row>;
  const group = (key: string) => results[key] as Rows;
  const reasonRows = (
    heading: string,
    reasons: readonly { key: string; zh: string }[],
    rows: Rows,
  ): FixtureCell[][] =>
    reasons.map((r, i) => [
      ...(i === 0 ? [label(heading, { rowSpan: reasons.length })] : []),
      label(r.zh),
      ...applicants(rows[r.key]),
    ]);
  const otherHandling = single
    ? [[label(l.otherHandling.zh, { colSpan: 2 }), ...applicants(results.otherHandling as Row)]]
    : reasonRows(l.otherHandling.zh, otherHandlingReasons, group('otherHandling'));
  const resultRows: FixtureCell[][] = [
    [label(l.granted.zh, { colSpan: 2 }), ...applicants(results.granted as Row)],
    [
      {
        text: l.partiallyGranted.zh,
        html: '（二）部分公开（区分处理的，<br>只计这一情形，不计其他情形）',
        colSpan: 2,
      },
      ...applicants(results.partiallyGranted as Row),
    ],
    ...reasonRows(l.denied.zh, deniedReasons, group('denied')),
    ...reasonRows(l.unavailable.zh, unavailableReasons, group('unavailable')),
    ...reasonRows(l.notProcessed.zh, notProcessedReasons, group('notProcessed')),
    ...otherHandling,
    [label(l.total.zh, { colSpan: 2 }), ...applicants(results.total as Row)],
  ];
  (resultRows[0] as FixtureCell[]).unshift(label(l.results.zh, { rowSpan: resultRows.length }));
  return [
    [
      label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
        colSpan: 3,
        rowSpan: 3,
      }),
      label('申请人情况', { colSpan: 7 }),
    ],
    [
      label('自然人', { rowSpan: 2 }),
      label('法人或其他组织', { colSpan: 5 }),
      label('总计', { rowSpan: 2 }),
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => label(t)),
    [label(l.received.zh, { colSpan: 3 }), ...applicants(table.received as Row)],
    [label(l.carriedOver.zh, { colSpan: 3 }), ...applicants(table.carriedOver as Row)],
    ...resultRows,
    [label(l.carriedForward.zh, { colSpan: 3 }), ...applicants(table.carriedForward as Row)],
  ];
}

/** 表四: two header rows over fifteen columns, then one row of fifteen cells. */
export function appealsTable(table: Rows): FixtureCell[][] {
  const columns = appealColumns.map((c) => c.key as string);
  const headers = appealColumns.map((c) => label(c.zh));
  return [
    [label('行政复议', { colSpan: 5 }), label('行政诉讼', { colSpan: 10 })],
    [
      ...headers.map((h) => ({ ...h, rowSpan: 2 })),
      label('未经复议直接起诉', { colSpan: 5 }),
      label('复议后起诉', { colSpan: 5 }),
    ],
    [...headers, ...headers],
    appealGroups.flatMap((g) => cellsOf(table[g.key], columns)),
  ];
}
