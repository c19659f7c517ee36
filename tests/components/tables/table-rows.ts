import { normalizeCell, type RawCell } from '../../../src/report/cell.ts';
import type { TableColumn, TableRow } from '../../../src/components/tables/table-types.ts';

export const columns: TableColumn[] = [
  { id: 'person', header: '自然人' },
  { id: 'business', header: '商业企业', group: '法人或其他组织' },
  { id: 'research', header: '科研机构', group: '法人或其他组织' },
  { id: 'total', header: '总计' },
];

/** A row whose cells are normalised from raw values, each with the path `t.<id>.<column>`. */
export function row(
  id: string,
  label: string,
  raw: Record<string, RawCell>,
  children?: TableRow[],
): TableRow {
  const cells = Object.fromEntries(
    Object.entries(raw).map(([column, value]) => [
      column,
      { cell: normalizeCell(value), path: `t.${id}.${column}` },
    ]),
  );
  return children ? { id, label, cells, children } : { id, label, cells };
}

/** Table 三 in miniature: two plain rows, a two-level group, and a row of printed forms. */
export const rows: TableRow[] = [
  row('received', '一、本年新收', { person: 6, business: null, research: 0, total: 6 }),
  row('carried', '二、上年结转', { person: 10, business: 0, research: '-', total: 10 }),
  row('results', '三、本年度办理结果', {}, [
    row('granted', '（一）予以公开', { person: 3, business: 1, research: null, total: 4 }),
    row('denied', '（三）不予公开', {}, [
      row('secret', '1.属于国家秘密', { person: 2, business: '-', research: null, total: 2 }),
      row('law', '2.其他法律行政法规禁止公开', {
        person: null,
        business: null,
        research: null,
        total: null,
      }),
      row('query', '8.属于行政查询事项', { person: 9, business: 0, research: 0, total: 9 }),
    ]),
    row('sum', '（七）总计', { person: 14, business: 1, research: null, total: 15 }),
  ]),
  row('fees', '收费', {
    person: '537余万元',
    business: '约12万元',
    research: '见附件',
    total: '１２',
  }),
];
