import { describe, expect, it } from 'vitest';
import {
  allWholeNumbers,
  seriesField,
  toBarRows,
} from '../../../src/components/charts/bar-rows.ts';
import { chartPalette } from '../../../src/components/charts/chart-types.ts';
import {
  categoryItems,
  sumSlices,
  toDonutSlices,
} from '../../../src/components/charts/donut-slices.ts';
import {
  blankMarker,
  drawableValue,
  formatValue,
  printedForm,
} from '../../../src/components/charts/format-value.ts';
import { isChartEmpty } from '../../../src/components/charts/is-chart-empty.ts';
import {
  colourAt,
  colourSeries,
  visibleSeries,
} from '../../../src/components/charts/series-colours.ts';
import { seriesTotal } from '../../../src/components/charts/series-total.ts';
import { tooltipLines } from '../../../src/components/charts/tooltip-lines.ts';
import { applicantSeries, datum, money, nth, outcomes } from './chart-fixtures.ts';
import { enChartMessages, zhChartMessages } from '../../../src/i18n/chart-messages.ts';

describe('chartPalette', () => {
  it('is the Okabe–Ito set: at least 7 distinct, valid colours, orange first', () => {
    expect(chartPalette.length).toBeGreaterThanOrEqual(7);
    expect(new Set(chartPalette.map((c) => c.toLowerCase())).size).toBe(chartPalette.length);
    for (const colour of chartPalette) expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(chartPalette.slice(0, 7)).toEqual([
      '#E69F00',
      '#56B4E9',
      '#009E73',
      '#F0E442',
      '#0072B2',
      '#D55E00',
      '#CC79A7',
    ]);
  });

  it('wraps round after the last colour', () => {
    expect(colourAt(0)).toBe(chartPalette[0]);
    expect(colourAt(chartPalette.length)).toBe(chartPalette[0]);
    expect(colourAt(chartPalette.length + 2)).toBe(chartPalette[2]);
  });
});

describe('messages', () => {
  it('fill every field in both languages and name the series in the toggle label', () => {
    for (const messages of [zhChartMessages, enChartMessages]) {
      for (const [name, text] of Object.entries(messages)) {
        if (typeof text === 'string') expect(text.length, name).toBeGreaterThan(0);
      }
      expect(messages.toggleSeries('自然人')).toContain('自然人');
    }
    expect(zhChartMessages.showData).not.toBe(enChartMessages.showData);
  });
});

describe('format-value', () => {
  it('shows the exact number, and blank (null, NaN) as the blank marker, never 0', () => {
    expect(formatValue(25.1)).toBe('25.1');
    expect(formatValue(1234567)).toBe('1234567');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(null)).toBe(blankMarker);
    expect(formatValue(undefined)).toBe(blankMarker);
    expect(formatValue(Number.NaN)).toBe(blankMarker);
  });

  it('gives the printed form only where it says something the number does not', () => {
    expect(printedForm({ value: 537, printed: '537余万元' })).toBe('537余万元');
    expect(printedForm({ value: 12, printed: '１２' })).toBe('１２');
    expect(printedForm({ value: null, printed: '-' })).toBe('-');
    expect(printedForm({ value: 6, printed: '6' })).toBeNull();
    expect(printedForm({ value: 6, printed: ' 6 ' })).toBeNull();
    expect(printedForm({ value: 6 })).toBeNull();
    expect(printedForm(undefined)).toBeNull();
  });

  it('draws only finite numbers', () => {
    expect(drawableValue({ value: 3 })).toBe(3);
    expect(drawableValue({ value: 0 })).toBe(0);
    expect(drawableValue({ value: null })).toBeNull();
    expect(drawableValue({ value: Number.POSITIVE_INFINITY })).toBeNull();
    expect(drawableValue(undefined)).toBeNull();
  });
});

describe('isChartEmpty', () => {
  it('is empty with no data, no series, or only blanks and zeros', () => {
    expect(isChartEmpty([], applicantSeries)).toBe(true);
    expect(isChartEmpty(outcomes, [])).toBe(true);
    expect(isChartEmpty([datum('x', 'x', { person: null, business: 0 })], applicantSeries)).toBe(
      true,
    );
  });

  it('is not empty when one visible cell has a number other than 0', () => {
    expect(isChartEmpty([datum('x', 'x', { person: null, business: 2 })], applicantSeries)).toBe(
      false,
    );
    expect(isChartEmpty(outcomes, applicantSeries)).toBe(false);
  });

  it('looks only at the series it is given (the visible ones)', () => {
    const data = [datum('x', 'x', { person: 0, business: 4 })];
    expect(isChartEmpty(data, [{ key: 'person' }])).toBe(true);
    expect(isChartEmpty(data, [{ key: 'business' }])).toBe(false);
  });
});

describe('series colours and visibility', () => {
  it('colours series in palette order and keeps colour and index when others are hidden', () => {
    const coloured = colourSeries(applicantSeries);
    expect(coloured.map((s) => s.colour)).toEqual(chartPalette.slice(0, 3));
    const shown = visibleSeries(coloured, new Set(['person']));
    expect(shown.map((s) => s.key)).toEqual(['business', 'legal']);
    expect(shown.map((s) => s.colour)).toEqual([chartPalette[1], chartPalette[2]]);
    expect(shown.map((s) => s.index)).toEqual([1, 2]);
  });

  it('keeps a series’ own colour (an outcome’s), whatever its position', () => {
    const coloured = colourSeries([
      { key: 'a', label: 'A' },
      { key: 'granted', label: '（一）予以公开', colour: '#009E73' },
    ]);
    expect(coloured.map((s) => s.colour)).toEqual([chartPalette[0], '#009E73']);
  });

  it('drops every hidden key and nothing else', () => {
    expect(visibleSeries(applicantSeries, new Set())).toHaveLength(3);
    expect(visibleSeries(applicantSeries, new Set(['person', 'legal', 'nope']))).toEqual([
      applicantSeries[1],
    ]);
  });
});

describe('toBarRows', () => {
  it('keeps blanks as null (a gap), zeros as 0, under a path-safe field per series', () => {
    const coloured = colourSeries([{ key: 'a.b', label: 'dotted' }, ...applicantSeries]);
    const rows = toBarRows(outcomes, coloured);
    expect(rows.map((r) => r.key)).toEqual(outcomes.map((d) => d.key));
    expect(seriesField(nth(coloured, 0))).toBe('fields.v0');
    const partial = nth(rows, 1);
    expect(partial.fields).toEqual({ v0: null, v1: 1, v2: null, v3: 0 });
    expect(partial.datum).toBe(nth(outcomes, 1));
  });

  it('says whether all drawn values are whole numbers', () => {
    const coloured = colourSeries(applicantSeries);
    expect(allWholeNumbers(toBarRows(outcomes, coloured))).toBe(true);
    expect(allWholeNumbers(toBarRows(money, colourSeries([{ key: 'amount', label: '' }])))).toBe(
      false,
    );
  });
});

describe('donut slices', () => {
  it('leaves out blank, zero and hidden categories, colouring by position in the data', () => {
    const slices = toDonutSlices(outcomes, 'business', new Set(['granted']));
    expect(slices.map((s) => [s.key, s.value, s.fill])).toEqual([
      ['unavailable', 2, chartPalette[3]],
    ]);
    expect(toDonutSlices(outcomes, 'person', new Set()).map((s) => s.value)).toEqual([3, 1, 2, 5]);
  });

  it('sums slices, and totals a series without counting blanks', () => {
    expect(sumSlices(toDonutSlices(outcomes, 'person', new Set()))).toBe(11);
    expect(seriesTotal(outcomes, 'business')).toBe(3);
    expect(seriesTotal(outcomes, 'missing')).toBe(0);
  });

  it('colours a category by its own colour where it has one, in the ring and the legend', () => {
    const data = [
      { ...datum('granted', '（一）予以公开', { n: 3 }), colour: '#009E73' },
      datum('partial', '（二）部分公开', { n: 1 }),
    ];
    expect(toDonutSlices(data, 'n', new Set()).map((s) => s.fill)).toEqual([
      '#009E73',
      chartPalette[1],
    ]);
    expect(categoryItems(data).map((c) => c.colour)).toEqual(['#009E73', chartPalette[1]]);
  });

  it('labels a slice with its value, marked when the app derived it', () => {
    const data = [datum('granted', '（一）予以公开', { n: { value: 3, derived: true } })];
    expect(toDonutSlices(data, 'n', new Set())[0]).toMatchObject({ value: 3, text: '3*' });
  });

  it('gives every category a legend entry with its colour', () => {
    expect(categoryItems(outcomes).map((c) => c.colour)).toEqual(chartPalette.slice(0, 4));
  });
});

describe('tooltipLines', () => {
  it('has the exact value, and the printed form only where it differs', () => {
    const lines = tooltipLines(nth(outcomes, 3), colourSeries(applicantSeries));
    expect(lines.map((l) => [l.label, l.value, l.printed])).toEqual([
      ['自然人', '5', '５'],
      ['商业企业', '2', null],
      ['法律服务机构', '0', null],
    ]);
    const money0 = tooltipLines(nth(money, 0), colourSeries([{ key: 'amount', label: '金额' }]));
    expect(money0[0]).toMatchObject({ value: '537', printed: '537余万元' });
  });

  it('marks a derived value, and a blank never (it has no value to derive)', () => {
    const lines = tooltipLines(
      datum('x', 'x', { a: { value: 3, derived: true }, b: { value: null, derived: true }, c: 1 }),
      colourSeries([
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
        { key: 'c', label: 'C' },
      ]),
    );
    expect(lines.map((l) => [l.value, l.derived])).toEqual([
      ['3*', true],
      [blankMarker, true],
      ['1', false],
    ]);
  });

  it('marks a blank as blank, not 0, and keeps its printed form', () => {
    const blank = tooltipLines(
      datum('x', 'x', { a: null, b: { value: null, printed: '-' } }),
      colourSeries([
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ]),
    );
    expect(blank.map((l) => [l.value, l.printed])).toEqual([
      [blankMarker, null],
      [blankMarker, '-'],
    ]);
  });
});
