import { describe, expect, it } from 'vitest';
import { breakLines, textWidth, widestWord, wrapText } from '../../../src/export/text-width.ts';

describe('textWidth', () => {
  it('counts CJK and full-width forms as 1 em and Latin narrower', () => {
    expect(textWidth('予以公开')).toBe(4);
    expect(textWidth('（一）')).toBe(3);
    expect(textWidth('abc')).toBeCloseTo(1.8);
  });

  it('sums exactly, so a line as wide as the room fits it', () => {
    // In tenths of an em: 0.6 + 0.6 + 0.6 added as floats is 1.7999999999999998.
    expect(textWidth('abc')).toBe(1.8);
    expect(textWidth('a b')).toBe(1.5);
    expect(breakLines('ab cd', 2.7)).toEqual(['ab cd']);
    expect(breakLines('ab cd', 2.6)).toEqual(['ab', 'cd']);
  });
});

describe('wrapText', () => {
  it('keeps a line that fits', () => {
    expect(wrapText('办理结果', 10)).toEqual(['办理结果']);
  });

  it('breaks Chinese between characters and English at spaces', () => {
    expect(wrapText('一二三四五六七八', 3)).toEqual(['一二三', '四五六', '七八']);
    expect(wrapText('Where the applications went', 8)).toEqual([
      'Where the',
      'applications',
      'went',
    ]);
  });

  it('never loses a character', () => {
    const text = 'Source: 聊城市农业农村局, “2020年度政府信息工作年度报告” (published 2021-01-23)';
    expect(wrapText(text, 12).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const line of wrapText(text, 12)) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });
});

describe('breakLines', () => {
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text =
      '数据来源：聊城市农业农村局《2020年度政府信息工作年度报告》（2021年1月23日发布），见附件。';
    for (let width = 2; width <= 20; width += 1) {
      for (const balance of [false, true]) {
        const lines = breakLines(text, width, balance);
        expect(lines.join('')).toBe(text);
        for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、：》）」]/);
        for (const line of lines) expect(line).not.toMatch(/[《（「]$/);
      }
    }
  });

  it('breaks inside a word only when the word alone is wider than the line', () => {
    expect(widestWord('(6) Otherwise handled')).toBeCloseTo(textWidth('Otherwise'));
    expect(breakLines('(6) Otherwise handled', 6)).toEqual(['(6)', 'Otherwise', 'handled']);
    expect(breakLines('Otherwise', 3).join('')).toBe('Otherwise');
  });

  it('evens out the lines of a label, preferring a break after punctuation or a space', () => {
    expect(breakLines('（一）予以公开', 6)).toEqual(['（一）予以公', '开']);
    expect(breakLines('（一）予以公开', 6, true)).toEqual(['（一）', '予以公开']);
    expect(breakLines('(1) Disclosed 3*', 8, true)).toEqual(['(1)', 'Disclosed 3*']);
    expect(breakLines('收到的申请 330', 5, true)).toEqual(['收到的申请', '330']);
  });
});
