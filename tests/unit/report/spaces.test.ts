import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  isBlankText,
  removeSpaces,
  splitTokens,
  trimSpaces,
} from '../../../src/report/spaces.ts';

// Every space the conversions from Word, web pages and PDF leave: ASCII, tab, line breaks,
// no-break, ideographic, the BOM, a typographic space, and the invisible zero-width ones.
const EVERY_SPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u2002',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
];

describe('white space, defined once', () => {
  it.each(EVERY_SPACE.map((space) => [space]))('%j is white space', (space) => {
    expect(isBlankText(space)).toBe(true);
    expect(removeSpaces(`1${space}2`)).toBe('12');
    expect(trimSpaces(`${space}一${space}二${space}`)).toBe(`一${space}二`);
    expect(splitTokens(`规章${space}6`).map((t) => t.text)).toEqual(['规章', '6']);
  });

  it('is not a letter, a digit, a dash or punctuation', () => {
    for (const text of ['a', '0', '-', '—', '、', '．', '无'])
      expect(isBlankText(text)).toBe(false);
  });

  it('says where each token starts', () => {
    expect(splitTokens('\u3000行政许可  0 增3项')).toEqual([
      { text: '行政许可', index: 1 },
      { text: '0', index: 7 },
      { text: '增3项', index: 9 },
    ]);
    expect(splitTokens('\u00a0\u200b ')).toEqual([]);
  });

  it('collapses runs to one space, none at the ends', () => {
    expect(collapseSpaces(' 行政\u00a0\u00a0许可\n\t0 ')).toBe('行政 许可 0');
    expect(collapseSpaces('\u200b')).toBe('');
  });
});
