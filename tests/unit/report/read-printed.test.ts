import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRawCell } from '../../../src/importer/extractors/cell-value.ts';
import { isValueToken } from '../../../src/importer/value-token.ts';
import { normalizeCell } from '../../../src/report/cell.ts';
import { type Printed, readPrinted } from '../../../src/report/read-printed.ts';
import { removeSpaces } from '../../../src/report/spaces.ts';

const number = (value: number, more: { unit?: string; approx?: true } = {}): Printed => ({
  kind: 'number',
  value,
  ...more,
});
const NA: Printed = { kind: 'not-applicable' };
const BLANK: Printed = { kind: 'blank' };
const TEXT: Printed = { kind: 'text' };

// Cells as reports print them, and what the one grammar reads in each: the loader's cell and
// the importer's value test both follow from it.
const FORMS: readonly (readonly [string, Printed])[] = [
  ['12', number(12)],
  ['１２', number(12)],
  ['0', number(0)],
  ['1,234', number(1234)],
  ['１，２００', number(1200)],
  ['7730.28', number(7730.28)],
  ['０.５', number(0.5)],
  ['.5', number(0.5)],
  ['增3项', number(3, { unit: '项' })],
  ['增加3项', number(3, { unit: '项' })],
  ['减2', number(-2)],
  ['减0项', number(0, { unit: '项' })],
  ['－3', number(-3)],
  ['−3', number(-3)],
  ['+3', number(3)],
  ['537余万元', number(537, { unit: '万元', approx: true })],
  ['1500多', number(1500, { approx: true })],
  ['约5', number(5, { approx: true })],
  ['近50件', number(50, { unit: '件', approx: true })],
  ['10左右', number(10, { approx: true })],
  ['3项左右', number(3, { unit: '项', approx: true })],
  ['5万元左右', number(5, { unit: '万元', approx: true })],
  ['3人次左右', number(3, { unit: '人次', approx: true })],
  ['3.5万元', number(3.5, { unit: '万元' })],
  ['6件', number(6, { unit: '件' })],
  ['12%', number(12, { unit: '%' })],
  ['12％', number(12, { unit: '%' })],
  ['5人次', number(5, { unit: '人次' })],
  [' 1 2 ', number(12)],
  ['1\u200b2', number(12)],
  // Any unit of up to four letters, as the loader has always read them: a year is a number.
  ['2023年', number(2023, { unit: '年' })],
  ['-', NA],
  ['/', NA],
  ['／', NA],
  ['－', NA],
  ['—', NA],
  ['——', NA],
  ['--', NA],
  ['－－', NA],
  ['\\', NA],
  [' - ', NA],
  ['', BLANK],
  [' ', BLANK],
  ['\u00a0', BLANK],
  ['\u3000', BLANK],
  ['\u200b', BLANK],
  ['\ufeff\u2060\u200c\u200d', BLANK],
  ['无', TEXT],
  ['详见附件', TEXT],
  ['1.属于国家秘密', TEXT],
  ['１．属于国家秘密', TEXT],
  ['2.重复申请', TEXT],
  ['（四）无', TEXT],
  ['总计', TEXT],
  ['3到5件', TEXT],
  ['12a34', TEXT],
  ['1,23', TEXT],
  ['1.2.3', TEXT],
  ['//', TEXT],
  ['-/', TEXT],
];

describe('the printed-cell grammar', () => {
  it.each(FORMS)('reads %j', (printed, expected) => {
    expect(readPrinted(printed)).toEqual(expected);
  });

  it.each(FORMS)('normalizeCell reads %j as the grammar does', (printed, expected) => {
    const cell = normalizeCell(printed);
    if (expected.kind === 'number') {
      const { kind: _, ...reading } = expected;
      expect(cell).toEqual({ raw: printed, ...reading });
    } else if (expected.kind === 'not-applicable') {
      expect(cell).toEqual({ raw: printed, value: null, notApplicable: true });
    } else {
      expect(cell).toEqual({ raw: printed, value: null });
    }
  });

  it.each(FORMS)('the importer takes %j for a value when the grammar does', (printed, expected) => {
    const value = expected.kind === 'number' || expected.kind === 'not-applicable';
    expect(isValueToken(printed)).toBe(value || printed === '无');
  });
});

// Tokens built from the grammar's own pieces, so that most are near misses of a number.
const piece = fc.constantFrom(
  ...['增', '减', '增加', '减少', '+', '-', '−', '＋', '－', '约', '近', '余', '多', '左右'],
  ...['0', '1', '12', '123', '１', '０', ',', '，', '.', '．', '1,234'],
  ...['万元', '元', '项', '件', '人次', '年', '%', '％', 'a'],
  ...['—', '–', '―', '/', '／', '\\', '＼', '无', '属于', '（', '）', '、'],
  ...[' ', '\u00a0', '\u3000', '\u200b', '\u2060'],
);
const token = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 6 }),
);

describe('the importer and the loader agree on what a cell value is', () => {
  it('a token is a value exactly when the loader reads a number or a not-applicable mark, or it is 无', () => {
    fc.assert(
      fc.property(token, (text) => {
        const cell = normalizeCell(text);
        const loaderValue = cell.value !== null || cell.notApplicable === true;
        if (removeSpaces(text) === '无') {
          expect(isValueToken(text)).toBe(true);
          expect(loaderValue).toBe(false);
        } else {
          expect(isValueToken(text)).toBe(loaderValue);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the cell the importer writes reads as the printed text it came from', () => {
    fc.assert(
      fc.property(token, (text) => {
        const printed = normalizeCell(text);
        const written = normalizeCell(toRawCell(text));
        expect(written.value).toBe(printed.value);
        expect(written.unit).toBe(printed.unit);
        expect(written.approx).toBe(printed.approx);
        expect(written.notApplicable).toBe(printed.notApplicable);
      }),
      { numRuns: 2000 },
    );
  });
});
