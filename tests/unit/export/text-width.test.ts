import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/export/text-width.ts';

describe('textWidth', () => {
  it('counts CJK and full-width forms as 1 em and Latin narrower', () => {
    expect(textWidth('予以公开')).toBe(4);
    expect(textWidth('（一）')).toBe(3);
    expect(textWidth('abc')).toBeCloseTo(1.8);
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
