import type { ChartDatum, ChartSeries, ChartValue } from './chart-types.ts';
import { formatValue } from './format-value.ts';
import { seriesTotal } from './series-total.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

/**
 * The figure for a donut's hole and its data table's total row: the total the report gives;
 * where the report leaves it blank, the sum of the parts, marked as derived. A chart given no
 * total shows the sum of its slices, as any donut does.
 */
export function donutTotal(
  data: readonly ChartDatum[],
  seriesKey: string,
  total: ChartValue | undefined,
): ChartValue {
  const sum = seriesTotal(data, seriesKey);
  if (total === undefined) return { value: sum };
  if (total.value === null) return { value: sum, derived: true };
  return total;
}

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b));

/**
 * What a reader must be told under a bar chart or donut: that a value marked '*' was derived,
 * and that a donut's parts do not add up to the total the report gives.
 */
export function chartNotes(
  data: readonly ChartDatum[],
  series: readonly Pick<ChartSeries, 'key'>[],
  messages: ChartMessages,
  total?: ChartValue,
): string[] {
  const notes: string[] = [];
  const derived =
    data.some((d) => series.some((s) => d.values[s.key]?.derived === true)) ||
    total?.derived === true ||
    (total !== undefined && total.value === null);
  const [first] = series;
  if (total?.value != null && first !== undefined) {
    const sum = seriesTotal(data, first.key);
    if (differs(sum, total.value)) {
      notes.push(messages.totalDiffers(formatValue(sum), formatValue(total.value)));
    }
  }
  if (derived) notes.push(messages.derivedNote);
  return notes;
}

/** The notes under a chart: visible, read with it, and drawn into its exported image. */
export function ChartNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="ch-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
