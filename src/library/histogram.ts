// The distribution of one metric over the reports compared: equal-width bins from the lowest
// value to the highest, each with how many reports fall in it. Blank values are counted apart,
// never as 0.

export interface Bin {
  /** Inclusive lower bound. */
  readonly from: number;
  /** Exclusive upper bound, except the last bin's, which holds the highest value. */
  readonly to: number;
  readonly count: number;
}

export interface Histogram {
  readonly bins: readonly Bin[];
  /** Values that could not be computed. */
  readonly blank: number;
}

/** Equal-width bins: about the square root of the number of values, at most `maxBins`. */
export function histogram(values: readonly (number | null)[], maxBins = 10): Histogram {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const blank = values.length - known.length;
  if (known.length === 0) return { bins: [], blank };
  const low = Math.min(...known);
  const high = Math.max(...known);
  if (low === high) return { bins: [{ from: low, to: high, count: known.length }], blank };
  const count = Math.min(maxBins, Math.max(2, Math.ceil(Math.sqrt(known.length))));
  const width = (high - low) / count;
  const bins = Array.from({ length: count }, (_, i) => ({
    from: low + i * width,
    to: i === count - 1 ? high : low + (i + 1) * width,
    count: 0,
  }));
  for (const value of known) {
    const index = Math.min(count - 1, Math.floor((value - low) / width));
    (bins[index] as { count: number }).count += 1;
  }
  return { bins, blank };
}
