import { describe, expect, it } from 'vitest';
import { includesText, parseCellFilter } from '../../../src/components/tables/cell-filter.ts';
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
