import type { ChartValue } from './chart-types.ts';

/** What a blank cell looks like in tooltips and the data table: blank is never shown as 0. */
export const blankMarker = '—';

/** Follows a value the app derived, in labels, tooltips and tables; a note explains it. */
export const derivedMarker = '*';

/** The exact number (no rounding, no grouping), or the blank marker. */
export function formatValue(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? blankMarker : String(value);
}

/** The printed form when it says more than the number does ('537余万元', '-', '１２'), else null. */
export function printedForm(cell: ChartValue | undefined): string | null {
  const printed = cell?.printed?.trim();
  if (printed === undefined || printed === '') return null;
  return printed === formatValue(cell?.value) ? null : printed;
}

/** A number the chart can draw: finite and not blank. */
export function drawableValue(cell: ChartValue | undefined): number | null {
  const value = cell?.value;
  return value == null || !Number.isFinite(value) ? null : value;
}

/** The exact number with the derived marker when the app computed it: '3*'. */
export function valueText(cell: ChartValue | undefined): string {
  const text = formatValue(cell?.value);
  return cell?.derived === true && text !== blankMarker ? `${text}${derivedMarker}` : text;
}
