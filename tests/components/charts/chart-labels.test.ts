import { describe, expect, it } from 'vitest';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import { donutLayout, sliceLineHeight } from '../../../src/components/charts/donut-layout.ts';
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
    expect(wrapLabel('（三）不予公开', 7)).toEqual(['（三）不予公开']);
  });

  it('breaks a long Chinese label between characters, keeping every character', () => {
    const lines = wrapLabel('1.本机关不掌握相关政府信息', 6);
    expect(lines.join('')).toBe('1.本机关不掌握相关政府信息');
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(6);
    expect(lines.length).toBe(3);
  });

  // The label is never cut (issue 18, item 3): it takes the lines it needs.
  it('never cuts a label: it takes as many lines as it needs, with no ellipsis', () => {
    const label = '5.要求行政机关确认或重新出具已获取信息';
    const lines = wrapLabel(label, 5);
    expect(lines.join('')).toBe(label);
    expect(lines.join('')).not.toContain('…');
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(5);
  });

  it('breaks English between words, not inside one ("(1) Di sclose d")', () => {
    expect(wrapLabel('(1) Disclosed', 6)).toEqual(['(1)', 'Disclosed']);
    expect(wrapLabel('(4) Cannot be provided', 6.5)).toEqual(['(4) Cannot', 'be provided']);
    const lines = wrapLabel('(6) Otherwise handled', 6);
    expect(lines.join(' ')).toBe('(6) Otherwise handled');
  });

  it('splits a Chinese label evenly, after its ordinal, and never starts a line with closing punctuation', () => {
    expect(wrapLabel('（一）予以公开', 6)).toEqual(['（一）', '予以公开']);
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    for (const width of [3, 4, 5, 6, 7, 8, 9]) {
      const lines = wrapLabel(label, width);
      expect(lines.join('')).toBe(label);
      for (const line of lines) {
        expect(line, `${width}: ${lines.join('|')}`).not.toMatch(/^[，。、）]/);
        expect(line, `${width}: ${lines.join('|')}`).not.toMatch(/（$/);
      }
    }
  });

  it('puts at least one character on a line however narrow the room', () => {
    expect(wrapLabel('公开', 0)).toEqual(['公', '开']);
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
  const slices = [
    { key: 'granted', label: '(1) Disclosed', value: 3, text: '3*' },
    { key: 'partial', label: '(2) Partly disclosed', value: 1, text: '1' },
    { key: 'refused', label: '(3) Not disclosed', value: 1, text: '1' },
    { key: 'unavailable', label: '(4) Cannot be provided', value: 2, text: '2' },
    { key: 'other', label: '(6) Otherwise handled', value: 0.05, text: '0.05' },
  ];

  it('labels every slice, even a thin one, with its whole label and value beside the ring', () => {
    for (const width of [928, 600, 336]) {
      const layout = donutLayout(slices, width, 320);
      expect(layout.labels.map((l) => l.key)).toEqual(slices.map((s) => s.key));
      for (const [i, label] of layout.labels.entries()) {
        const slice = nth(slices, i);
        expect(label.lines.join(' ')).toBe(`${slice.label} ${slice.text}`);
        // Inside the chart: from the anchor, the text runs away from the ring.
        const textWidth = Math.max(...label.lines.map((l) => labelWidth(l) * 12));
        const [left, right] =
          label.side === 'right' ? [label.x, label.x + textWidth] : [label.x - textWidth, label.x];
        expect(left, `${width}: ${label.key}`).toBeGreaterThanOrEqual(0);
        expect(right, `${width}: ${label.key}`).toBeLessThanOrEqual(width);
        expect(Math.abs(label.x - layout.cx)).toBeGreaterThan(layout.outerRadius);
        expect(label.y - 12).toBeGreaterThanOrEqual(0);
        expect(label.y + (label.lines.length - 1) * sliceLineHeight).toBeLessThanOrEqual(
          layout.height,
        );
      }
    }
  });

  it('pushes the labels of one side apart so that none overlaps the next', () => {
    const layout = donutLayout(slices, 336, 320);
    for (const side of ['left', 'right'] as const) {
      const own = layout.labels.filter((l) => l.side === side).sort((a, b) => a.y - b.y);
      for (let i = 1; i < own.length; i += 1) {
        const above = nth(own, i - 1);
        expect(nth(own, i).y).toBeGreaterThanOrEqual(
          above.y + above.lines.length * sliceLineHeight,
        );
      }
    }
  });

  it('shrinks the ring on a narrow screen so labels have room', () => {
    const wide = donutLayout(slices, 928, 320);
    const narrow = donutLayout(slices, 336, 320);
    expect(narrow.outerRadius).toBeLessThan(wide.outerRadius);
    expect(wide.innerRadius).toBeLessThan(wide.outerRadius);
    expect(wide.outerRadius).toBeLessThanOrEqual(320 / 2);
    // Wrapped at spaces only: the lines, joined by spaces, are the label.
    expect(narrow.labels.some((l) => l.lines.length > 1)).toBe(true);
  });

  it("runs the slices clockwise from 12 o'clock: a first quarter is labelled on the right, above the centre", () => {
    const layout = donutLayout(
      [
        { key: 'a', label: '甲', value: 1, text: '1' },
        { key: 'b', label: '乙', value: 3, text: '3' },
      ],
      600,
      320,
    );
    const [a, b] = [nth(layout.labels, 0), nth(layout.labels, 1)];
    expect(a.side).toBe('right');
    expect(a.y).toBeLessThan(layout.cy);
    expect(b.side).toBe('left');
  });
});
