import { describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import { donutGeometry, sliceLabelText } from '../../../src/components/charts/donut-geometry.ts';
import { textColourOn } from '../../../src/components/charts/text-colour.ts';
import { charWidth, labelWidth, wrapLabel } from '../../../src/components/charts/wrap-label.ts';
import { nth } from './chart-fixtures.ts';

describe('wrapLabel', () => {
  it('counts CJK and full-width characters as one em, Latin and digits as less', () => {
    expect(charWidth('不')).toBe(1);
    expect(charWidth('（')).toBe(1);
    expect(charWidth('1')).toBeLessThan(1);
    expect(labelWidth('（三）不予公开')).toBe(7);
  });

  it('leaves a label that fits on one line alone', () => {
    expect(wrapLabel('（三）不予公开', 7, 3)).toEqual(['（三）不予公开']);
  });

  it('breaks a long Chinese label anywhere, keeping every character', () => {
    const lines = wrapLabel('1.本机关不掌握相关政府信息', 6, 3);
    expect(lines.join('')).toBe('1.本机关不掌握相关政府信息');
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(6);
    expect(lines.length).toBe(3);
  });

  it('ends the last allowed line with an ellipsis when the label does not fit', () => {
    const lines = wrapLabel('5.要求行政机关确认或重新出具已获取信息', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(labelWidth(nth(lines, 1))).toBeLessThanOrEqual(5);
    const kept = lines.join('').replace('…', '');
    expect('5.要求行政机关确认或重新出具已获取信息'.startsWith(kept)).toBe(true);
  });

  it('puts at least one character on a line however narrow the room', () => {
    expect(wrapLabel('公开', 0, 5)).toEqual(['公', '开']);
  });
});

describe('textColourOn', () => {
  it('puts white on dark fills and black on light ones', () => {
    expect(textColourOn('#000000')).toBe('#ffffff');
    expect(textColourOn('#0072B2')).toBe('#ffffff');
    expect(textColourOn('#F0E442')).toBe('#000000');
    expect(textColourOn('#E69F00')).toBe('#000000');
    expect(textColourOn('not a colour')).toBe('#000000');
  });

  it('reaches at least 4.5:1 contrast on every palette colour', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const fill of chartPalette) {
      const [a, b] = [luminance(fill), luminance(textColourOn(fill))].sort((x, y) => y - x) as [
        number,
        number,
      ];
      expect((a + 0.05) / (b + 0.05), fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('donut labels', () => {
  it('keeps the value and shortens the label to the room beside the ring', () => {
    expect(sliceLabelText('（三）不予公开', 2, 300)).toBe('（三）不予公开 2');
    const short = sliceLabelText('（三）不予公开', 2, 60);
    expect(short).toMatch(/… 2$/);
    expect(sliceLabelText('（三）不予公开', 2, 10)).toBe('2');
  });

  it('shrinks the ring on a narrow screen so labels have room', () => {
    const wide = donutGeometry(928, 320);
    const narrow = donutGeometry(336, 320);
    expect(narrow.outerRadius).toBeLessThan(wide.outerRadius);
    expect(336 / 2 - narrow.outerRadius).toBeGreaterThanOrEqual(336 * 0.28);
    expect(wide.innerRadius).toBeLessThan(wide.outerRadius);
    expect(wide.outerRadius).toBeLessThanOrEqual(320 / 2);
  });
});
