import type {
  ChartDatum,
  ChartSeries,
  ChartValue,
} from '../../../src/components/charts/chart-types.ts';

type CellInput = number | null | ChartValue | undefined;

/** A category from a label and its cells, one per series key: `datum('x', '（一）予以公开', { a: 3 })`. */
export function datum(key: string, label: string, cells: Record<string, CellInput>): ChartDatum {
  return {
    key,
    label,
    values: Object.fromEntries(
      Object.entries(cells).map(([k, cell]) => [
        k,
        typeof cell === 'number' || cell === null ? { value: cell } : cell,
      ]),
    ),
  };
}

export const applicantSeries: ChartSeries[] = [
  { key: 'person', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'legal', label: '法律服务机构' },
];

/** Outcomes by applicant type: one null (blank) cell and zeros, as real reports have. */
export const outcomes: ChartDatum[] = [
  datum('granted', '（一）予以公开', { person: 3, business: 1, legal: 2 }),
  datum('partial', '（二）部分公开', { person: 1, business: null, legal: 0 }),
  datum('refused', '（三）不予公开', { person: 2, business: 0, legal: 0 }),
  datum('unavailable', '1.本机关不掌握相关政府信息', {
    person: { value: 5, printed: '５' },
    business: 2,
    legal: 0,
  }),
];

export const appealSeries: ChartSeries[] = [
  { key: 'upheld', label: '维持' },
  { key: 'corrected', label: '纠正' },
  { key: 'other', label: '其他' },
  { key: 'pending', label: '尚未审结' },
];

export const appeals: ChartDatum[] = [
  datum('reconsideration', '行政复议', { upheld: 3, corrected: 1, other: 0, pending: 2 }),
  datum('direct', '行政诉讼（直接起诉）', {
    upheld: 2,
    corrected: { value: null, printed: '-' },
    other: 1,
    pending: 0,
  }),
  datum('afterReconsideration', '行政诉讼（复议后起诉）', {
    upheld: 1,
    corrected: 0,
    other: 0,
    pending: 1,
  }),
];

export const moneySeries: ChartSeries[] = [{ key: 'amount', label: '金额（万元）' }];

export const money: ChartDatum[] = [
  datum('procurement', '政府集中采购', { amount: { value: 537, printed: '537余万元' } }),
  datum('fees', '行政事业性收费', { amount: { value: 25.1, printed: '251000元' } }),
];

/** How many cells of a series hold something a bar can show (not blank, not 0). */
export function drawnCount(data: readonly ChartDatum[], seriesKey: string): number {
  return data.filter((d) => {
    const value = d.values[seriesKey]?.value;
    return value !== null && value !== undefined && value !== 0;
  }).length;
}

/** items[i], failing the test if it is not there (the lint forbids `!`). */
export function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i} of ${items.length}`);
  return item;
}
