/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * One figure a line, `name: value unit`, the form tools read (a ratio's name says `ratio`).
 * The name must not contain a colon.
 */
export function figure(name: string, value: number, unit: string, digits = 1): string {
  if (name.includes(':')) throw new Error(`a figure's name has no colon: ${name}`);
  return `${name}: ${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/**
 * Kilobytes as the budget counts them: 1 KB = 1,024 bytes (Vite's build report prints kB of
 * 1,000 bytes: its figures are 2.4% larger for the same file).
 */
export const kilobytes = (bytes: number): number => bytes / 1024;
