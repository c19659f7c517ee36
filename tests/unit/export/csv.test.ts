import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, guardFormula, quoteField } from '../../../src/export/csv.ts';

const readBack = (text: string): string[][] => parse(text, { bom: true, relax_quotes: false });

describe('buildCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = buildCsv([
      ['项目', '自然人'],
      ['一、本年新收', 6],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.codePointAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('项目,自然人\r\n一、本年新收,6\r\n');
    expect([...new TextEncoder().encode(text).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields holding commas, quotes, CR or LF and doubles their quotes (RFC 4180)', () => {
    const fields = [
      'a,b',
      'say "hi"',
      'two\nlines',
      'cr\rhere',
      'crlf\r\nhere',
      '“中文引号”',
      'plain',
    ];
    const text = buildCsv([fields]);
    expect(text.slice(1)).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rhere","crlf\r\nhere",“中文引号”,plain\r\n',
    );
    expect(readBack(text)).toEqual([fields]);
  });

  it('writes blanks as empty fields and numbers as numbers', () => {
    const text = buildCsv([['x', null, 0, -3, 1.5, '']]);
    expect(text.slice(1)).toBe('x,,0,-3,1.5,\r\n');
    expect(readBack(text)).toEqual([['x', '', '0', '-3', '1.5', '']]);
  });

  it('keeps printed forms exactly as printed', () => {
    const row = ['537余万元', '增3项', '１２', '-', '/', '6件'];
    expect(readBack(buildCsv([row]))).toEqual([row]);
  });
});

describe('the formula-injection guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+cmd|x', "'+1+cmd|x"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('guards %j', (input, guarded) => {
    expect(guardFormula(input)).toBe(guarded);
    expect(readBack(buildCsv([[input]]))).toEqual([[guarded]]);
  });

  it.each([
    '-',
    '-3',
    '+3',
    '-1.5',
    '增3项',
    '537余万元',
    'a=b',
    '（三）不予公开 / 1.属于国家秘密',
  ])('leaves %j alone', (input) => {
    expect(guardFormula(input)).toBe(input);
  });

  it('quotes a guarded field that also needs quoting', () => {
    expect(buildCsv([['=A1,"x"']]).slice(1)).toBe(`"'=A1,""x"""\r\n`);
  });

  it('does not quote what needs no quoting', () => {
    expect(quoteField('不予公开 / 属于国家秘密')).toBe('不予公开 / 属于国家秘密');
  });
});
