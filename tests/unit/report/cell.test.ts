import { describe, expect, it } from 'vitest';
import { isBlank, isNonNumericText, normalizeCell } from '../../../src/report/cell.ts';

describe('normalizeCell', () => {
  it.each([
    [6, { raw: 6, value: 6 }],
    [0, { raw: 0, value: 0 }],
    [12.5, { raw: 12.5, value: 12.5 }],
    ['537余万元', { raw: '537余万元', value: 537, unit: '万元', approx: true }],
    ['增3项', { raw: '增3项', value: 3, unit: '项' }],
    ['减2项', { raw: '减2项', value: -2, unit: '项' }],
    ['减0项', { raw: '减0项', value: 0, unit: '项' }],
    ['6件', { raw: '6件', value: 6, unit: '件' }],
    ['251000元', { raw: '251000元', value: 251000, unit: '元' }],
    ['1,200', { raw: '1,200', value: 1200 }],
    ['１２', { raw: '１２', value: 12 }],
    ['１，２００', { raw: '１，２００', value: 1200 }],
    ['０.５', { raw: '０.５', value: 0.5 }],
    [' 0\u00a0', { raw: ' 0\u00a0', value: 0 }],
    ['约50件', { raw: '约50件', value: 50, unit: '件', approx: true }],
    ['1500余', { raw: '1500余', value: 1500, approx: true }],
    ['-3', { raw: '-3', value: -3 }],
  ])('reads %j', (raw, expected) => {
    expect(normalizeCell(raw)).toEqual(expected);
  });

  it.each(['-', '/', '－', '／', '—', '——', ' - '])(
    'reads %j as not applicable, never 0',
    (raw) => {
      expect(normalizeCell(raw)).toEqual({ raw, value: null, notApplicable: true });
    },
  );

  it('keeps blank blank, never 0', () => {
    for (const raw of [null, undefined, '', ' ', '\u00a0', '\u3000']) {
      const cell = normalizeCell(raw);
      expect(cell.value).toBeNull();
      expect(isBlank(cell)).toBe(true);
      expect(cell.notApplicable).toBeUndefined();
    }
  });

  it('keeps text with no number as text with no value', () => {
    for (const raw of ['无', '详见附件', '3到5件', '12a34']) {
      const cell = normalizeCell(raw);
      expect(cell).toEqual({ raw, value: null });
      expect(isNonNumericText(cell)).toBe(true);
    }
  });

  it('does not call 0 or not-applicable blank', () => {
    expect(isBlank(normalizeCell(0))).toBe(false);
    expect(isBlank(normalizeCell('-'))).toBe(false);
    expect(isNonNumericText(normalizeCell('-'))).toBe(false);
  });
});
