import { describe, expect, it } from 'vitest';
import { compareCells } from '../../../src/components/tables/compare-cells.ts';
import { normalizeCell, type Cell, type RawCell } from '../../../src/report/cell.ts';

const raws: RawCell[] = [null, '见附件', 10, '-', 9, '537余万元', 0, '', '/', 100];

function sortRaw(desc: boolean): (RawCell | undefined)[] {
  const cells: (Cell | undefined)[] = [...raws.map(normalizeCell), undefined];
  return cells.sort((a, b) => compareCells(a, b, desc)).map((c) => c?.raw);
}

describe('compareCells', () => {
  it('sorts numbers as numbers, then not applicable, then text, then blanks', () => {
    expect(sortRaw(false)).toEqual([
      0,
      9,
      10,
      100,
      '537余万元',
      '-',
      '/',
      '见附件',
      null,
      '',
      undefined,
    ]);
  });

  it('keeps not applicable, text and blanks in place when descending', () => {
    expect(sortRaw(true)).toEqual([
      '537余万元',
      100,
      10,
      9,
      0,
      '-',
      '/',
      '见附件',
      null,
      '',
      undefined,
    ]);
  });

  it('treats equal values, and two blanks, as equal', () => {
    expect(compareCells(normalizeCell(3), normalizeCell('3件'), false)).toBe(0);
    expect(compareCells(normalizeCell(null), undefined, true)).toBe(0);
  });
});
