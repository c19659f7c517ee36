import { describe, expect, it } from 'vitest';
import {
  includesText,
  parseCellFilter,
  readCellFilter,
} from '../../../src/components/tables/cell-filter.ts';
import { normalizeCell, type RawCell } from '../../../src/report/cell.ts';

const raws: RawCell[] = [0, 2, 3, 7, '增3项', '-', null, '见附件'];

function keep(expression: string): RawCell[] {
  const matches = parseCellFilter(expression);
  return raws.filter((raw) => matches(normalizeCell(raw)));
}

describe('parseCellFilter', () => {
  it('compares numbers with >, >=, <, <=, = and a bare number', () => {
    expect(keep('>3')).toEqual([7]);
    expect(keep('>=3')).toEqual([3, 7, '增3项']);
    expect(keep('<=2')).toEqual([0, 2]);
    expect(keep('< 2')).toEqual([0]);
    expect(keep('=0')).toEqual([0]);
    expect(keep('3')).toEqual([3, '增3项']);
  });

  it('picks blank and not-applicable cells by name', () => {
    expect(keep('blank')).toEqual([null]);
    expect(keep('BLANK')).toEqual([null]);
    expect(keep('na')).toEqual(['-']);
    expect(keep('N/A')).toEqual(['-']);
  });

  it('reads full-width operators and digits', () => {
    expect(keep('＞３')).toEqual([7]);
    expect(keep('≥7')).toEqual([7]);
  });

  it('matches other text inside the printed cell', () => {
    expect(keep('附件')).toEqual(['见附件']);
    expect(keep('增')).toEqual(['增3项']);
  });

  it('keeps everything for an empty or half-typed expression', () => {
    expect(keep('')).toEqual(raws);
    expect(keep('  ')).toEqual(raws);
    expect(keep('>')).toEqual(raws);
    expect(keep('<=')).toEqual(raws);
  });

  it('matches a missing cell (a group row has none) only with an empty expression', () => {
    expect(parseCellFilter('>=0')(undefined)).toBe(false);
    expect(parseCellFilter('blank')(undefined)).toBe(false);
    expect(parseCellFilter('na')(undefined)).toBe(false);
    expect(parseCellFilter('x')(undefined)).toBe(false);
    expect(parseCellFilter('')(undefined)).toBe(true);
  });
});

describe('includesText', () => {
  it('ignores case, width and surrounding spaces of the needle', () => {
    expect(includesText('Natural Persons', ' natural ')).toBe(true);
    expect(includesText('１２', '12')).toBe(true);
    expect(includesText('自然人', '法人')).toBe(false);
  });
});

describe('readCellFilter', () => {
  it('keeps a range of numbers, both ends included, written either way round', () => {
    const keepRange = (expression: string) => {
      const { matches, understood } = readCellFilter(expression);
      expect(understood).toBe(true);
      return raws.filter((raw) => matches(normalizeCell(raw)));
    };
    expect(keepRange('1-3')).toEqual([2, 3, '增3项']);
    expect(keepRange('3 ~ 1')).toEqual([2, 3, '增3项']);
    expect(keepRange('０到２')).toEqual([0, 2]);
  });

  it('says an entry with the signs of a comparison or range that is neither is not understood, and keeps every cell', () => {
    for (const expression of ['>3x', '1-', '-3-', '=>3', '3..5-']) {
      const { matches, understood } = readCellFilter(expression);
      expect({ expression, understood }).toEqual({ expression, understood: false });
      expect(raws.every((raw) => matches(normalizeCell(raw)))).toBe(true);
    }
  });

  it('understands names, comparisons and plain texts, printed cells with digits included', () => {
    for (const expression of ['blank', 'na', '>=3', '3', '增3项', '537余万元', '附件', '-3']) {
      expect(readCellFilter(expression).understood).toBe(true);
    }
  });
});
