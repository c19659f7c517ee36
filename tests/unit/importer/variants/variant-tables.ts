import type { RawCell } from '../../../../src/report/cell.ts';
import {
  appealColumns,
  appealGroups,
  applicantColumns,
  applicantKeys,
  applicationLabels as L,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  proactiveLayouts,
  unavailableReasons,
  type Template,
} from '../../../../src/report/table-layout.ts';

// The three tables of a report as printed: header rows, then rows of label cells (the
// group labels to their left) and value cells. Built from the hand-transcribed cells with
// the national format's labels, to be written out in every encoding converters use.

export interface TableRow {
  /** The label cells, left to right; '' where a merged cell of the row above covers it. */
  readonly labels: readonly string[];
  /** The label cells with every merged label repeated (as converters expand a rowspan). */
  readonly repeated: readonly string[];
  readonly values: readonly RawCell[];
}

export interface Table {
  /** A line printed before the table (第二十条第（一）项), if any. */
  readonly caption?: string;
  readonly header: readonly (readonly string[])[];
  readonly rows: readonly TableRow[];
}

type Tree = { readonly [key: string]: Tree | RawCell };

const at = (tree: unknown, path: readonly string[]): Tree =>
  path.reduce<Tree>((node, key) => (node[key] ?? {}) as Tree, (tree ?? {}) as Tree);

const valuesOf = (row: Tree, keys: readonly string[]): RawCell[] =>
  keys.map((k) => (row[k] ?? null) as RawCell);

function proactive(sections: Record<string, unknown>, template: Template): Table[] {
  const items = new Map<string, (typeof proactiveLayouts)[Template][number][]>();
  for (const row of proactiveLayouts[template]) {
    items.set(row.item, [...(items.get(row.item) ?? []), row]);
  }
  return [...items.entries()].map(([item, rows]) => ({
    caption: `第二十条第${item}项`,
    header: [['信息内容', ...(rows[0]?.columns ?? []).map((c) => c.zh)]],
    rows: rows.map((row) => ({
      labels: [row.zh],
      repeated: [row.zh],
      values: valuesOf(
        at(sections.proactive, [row.key]),
        row.columns.map((c) => c.key),
      ),
    })),
  }));
}

function applications(sections: Record<string, unknown>): Table {
  const a = sections.applications;
  const rows: TableRow[] = [];
  const add = (labels: string[], repeated: string[], path: string[]) =>
    rows.push({ labels, repeated, values: valuesOf(at(a, path), applicantKeys) });
  const results = L.results.zh;
  add([L.received.zh, '', ''], [L.received.zh, L.received.zh, L.received.zh], ['received']);
  add(
    [L.carriedOver.zh, '', ''],
    [L.carriedOver.zh, L.carriedOver.zh, L.carriedOver.zh],
    ['carriedOver'],
  );
  add([results, L.granted.zh, ''], [results, L.granted.zh, L.granted.zh], ['results', 'granted']);
  add(
    ['', L.partiallyGranted.zh, ''],
    [results, L.partiallyGranted.zh, L.partiallyGranted.zh],
    ['results', 'partiallyGranted'],
  );
  const group = (label: string, key: string, reasons: readonly { key: string; zh: string }[]) =>
    reasons.forEach((r, i) =>
      add(['', i === 0 ? label : '', r.zh], [results, label, r.zh], ['results', key, r.key]),
    );
  group(L.denied.zh, 'denied', deniedReasons);
  group(L.unavailable.zh, 'unavailable', unavailableReasons);
  group(L.notProcessed.zh, 'notProcessed', notProcessedReasons);
  const other = at(a, ['results', 'otherHandling']);
  if ('person' in other) {
    add(
      ['', L.otherHandling.zh, ''],
      [results, L.otherHandling.zh, L.otherHandling.zh],
      ['results', 'otherHandling'],
    );
  } else {
    group(L.otherHandling.zh, 'otherHandling', otherHandlingReasons);
  }
  add(['', L.total.zh, ''], [results, L.total.zh, L.total.zh], ['results', 'total']);
  add(
    [L.carriedForward.zh, '', ''],
    [L.carriedForward.zh, L.carriedForward.zh, L.carriedForward.zh],
    ['carriedForward'],
  );
  const names = applicantColumns.map((c) => c.zh);
  return {
    header: [
      [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '',
        '',
        '申请人情况',
      ],
      ['', '', '', names[0] as string, '法人或其他组织', '', '', '', '', names[6] as string],
      ['', '', '', '', ...names.slice(1, 6)],
    ],
    rows,
  };
}

function appeals(sections: Record<string, unknown>): Table {
  const columns = appealColumns.map((c) => c.zh);
  return {
    header: [
      ['行政复议', '', '', '', '', '行政诉讼'],
      ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉'],
      [...columns, ...columns, ...columns],
    ],
    rows: [
      {
        labels: [],
        repeated: [],
        values: appealGroups.flatMap((g) =>
          valuesOf(
            at(sections.appeals, [g.key]),
            appealColumns.map((c) => c.key),
          ),
        ),
      },
    ],
  };
}

export interface ReportTables {
  readonly proactive: readonly Table[];
  readonly applications: Table;
  readonly appeals: Table;
}

export function reportTables(sections: Record<string, unknown>, template: Template): ReportTables {
  return {
    proactive: proactive(sections, template),
    applications: applications(sections),
    appeals: appeals(sections),
  };
}

/** A cell as printed: blank as nothing, a number or a printed string as it is. */
export const printed = (cell: RawCell): string => (cell === null ? '' : String(cell));
