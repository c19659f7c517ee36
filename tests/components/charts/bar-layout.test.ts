import { describe, expect, it } from 'vitest';
import { barLayout, maxTickLines } from '../../../src/components/charts/bar-layout.ts';
import { labelWidth } from '../../../src/components/charts/wrap-label.ts';
import { datum } from './chart-fixtures.ts';

// Issue 18, item 3: '(1) Di sclose d' under a bar. A label takes the lines it needs, whole
// words on each; where even that does not fit under the bars, they lie sideways.

const english = [
  '(1) Disclosed',
  '(2) Partly disclosed',
  '(3) Not disclosed',
  '(4) Cannot be provided',
  '(5) Not processed',
  '(6) Otherwise handled',
].map((label, i) => datum(`k${i}`, label, { n: i }));

const options = (width: number) => ({ width, height: 320, sideways: false, stacked: true });

describe('barLayout', () => {
  it('keeps upright bars where every label fits its column in whole words', () => {
    const layout = barLayout(english, options(600));
    expect(layout.horizontal).toBe(false);
    for (const d of english) {
      const lines = layout.lines.get(d.key) ?? [];
      expect(lines.join(' ')).toBe(d.label);
      expect(lines.length).toBeLessThanOrEqual(maxTickLines);
    }
    // The axis is as tall as the tallest label.
    const tallest = Math.max(...[...layout.lines.values()].map((l) => l.length));
    expect(layout.categoryAxis).toBeGreaterThanOrEqual(tallest * 15);
  });

  it('lays the bars sideways where a word would have to break, labels whole beside them', () => {
    const layout = barLayout(english, options(311));
    expect(layout.horizontal).toBe(true);
    expect(layout.categoryAxis).toBeLessThanOrEqual(311 * 0.4 + 1);
    for (const d of english) {
      const lines = layout.lines.get(d.key) ?? [];
      expect(lines.join(' ')).toBe(d.label);
      for (const line of lines) {
        expect(labelWidth(line) * 12).toBeLessThanOrEqual(layout.categoryAxis - 14);
      }
    }
    // Each category's band holds its lines.
    const tallest = Math.max(...[...layout.lines.values()].map((l) => l.length));
    const band = (layout.height - layout.margin.top - layout.margin.bottom - 30) / english.length;
    expect(band).toBeGreaterThanOrEqual(tallest * 15);
  });

  it('keeps Chinese labels upright on a phone: they break between characters', () => {
    const chinese = ['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供'].map(
      (label, i) => datum(`k${i}`, label, { n: i }),
    );
    const layout = barLayout(chinese, options(311));
    expect(layout.horizontal).toBe(false);
    expect(layout.lines.get('k0')?.join('')).toBe('（一）予以公开');
  });

  it('lays a horizontal-bar chart sideways whatever the room', () => {
    const layout = barLayout(english, { ...options(928), sideways: true, stacked: false });
    expect(layout.horizontal).toBe(true);
    expect(layout.margin.right).toBeGreaterThan(layout.margin.left);
  });
});
