import { describe, expect, it } from 'vitest';
import {
  dropEmptyRows,
  flattenRows,
  groupRowIds,
} from '../../../src/components/tables/row-tree.ts';
import { row, rows } from './table-rows.ts';

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('row-tree', () => {
  it('flattens depth first and lists the groups', () => {
    expect(ids(flattenRows(rows))).toEqual([
      'received',
      'carried',
      'results',
      'granted',
      'denied',
      'secret',
      'law',
      'query',
      'sum',
      'fees',
    ]);
    expect(groupRowIds(rows)).toEqual(['results', 'denied']);
  });

  it('drops rows that are blank in every given column, keeping groups with content', () => {
    const kept = dropEmptyRows(rows, ['person', 'business', 'research', 'total']);
    expect(ids(flattenRows(kept))).not.toContain('law');
    expect(ids(flattenRows(kept))).toContain('denied');
    expect(ids(flattenRows(kept))).toHaveLength(9);
  });

  it('judges emptiness on the given columns only, and a "-" is not blank', () => {
    const tree = [
      row('a', 'A', { person: null, business: '-' }),
      row('b', 'B', { person: null, business: 5 }),
      row('g', 'G', {}, [row('c', 'C', { person: null })]),
    ];
    expect(ids(dropEmptyRows(tree, ['person', 'business']))).toEqual(['a', 'b']);
    expect(ids(dropEmptyRows(tree, ['person']))).toEqual([]);
  });

  it('returns untouched rows as they were', () => {
    const kept = dropEmptyRows(rows, ['person']);
    expect(kept[0]).toBe(rows[0]);
    expect(kept[2]).not.toBe(rows[2]);
  });
});
