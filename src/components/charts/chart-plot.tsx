import type { ReactNode } from 'react';
import { BarChartBody, type BarKind } from './bar-chart-body.tsx';
import { donutTotal } from './chart-notes.tsx';
import type { ChartDatum, ChartValue } from './chart-types.ts';
import { DonutChartBody } from './donut-chart-body.tsx';
import { sumSlices, toDonutSlices, type DonutSlice } from './donut-slices.ts';
import { formatValue, valueText } from './format-value.ts';
import { isChartEmpty } from './is-chart-empty.ts';
import { visibleSeries, type ColouredSeries } from './series-colours.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

export type ChartKind = BarKind | 'donut';

interface ChartPlotProps {
  kind: ChartKind;
  data: readonly ChartDatum[];
  series: readonly ColouredSeries[];
  hidden: ReadonlySet<string>;
  messages: ChartMessages;
  height: number;
  /** A donut's total as the report gives it (see ChartFrame). */
  total?: ChartValue;
}

/**
 * What the hole says: the report's total (or, blank, the derived sum); with slices switched
 * off, the sum of those shown. A donut given no total always shows the sum of its slices.
 */
function donutCentre(
  data: readonly ChartDatum[],
  slices: readonly DonutSlice[],
  seriesKey: string,
  hidden: ReadonlySet<string>,
  messages: ChartMessages,
  total: ChartValue | undefined,
): { label: string; text: string } {
  const shown = formatValue(sumSlices(slices));
  if (total === undefined) return { label: messages.total, text: shown };
  if (data.some((d) => hidden.has(d.key))) return { label: messages.shownTotal, text: shown };
  return { label: messages.total, text: valueText(donutTotal(data, seriesKey, total)) };
}

/**
 * The drawing itself, hidden from assistive technology (the data table says the same), or
 * the empty sentence when the legend has switched off everything there was to draw.
 */
export function ChartPlot({ kind, data, series, hidden, messages, height, total }: ChartPlotProps) {
  let plot: ReactNode = null;
  if (kind === 'donut') {
    const [first] = series;
    const slices = first === undefined ? [] : toDonutSlices(data, first.key, hidden);
    if (first !== undefined && slices.length > 0) {
      const centre = donutCentre(data, slices, first.key, hidden, messages, total);
      plot = (
        <DonutChartBody
          slices={slices}
          series={first}
          messages={messages}
          height={height}
          centre={centre}
        />
      );
    }
  } else {
    const shown = visibleSeries(series, hidden);
    if (!isChartEmpty(data, shown)) {
      plot = (
        <BarChartBody kind={kind} data={data} series={shown} messages={messages} height={height} />
      );
    }
  }
  if (plot === null) {
    return (
      <p className="ch-empty" style={{ minHeight: height }}>
        {messages.empty}
      </p>
    );
  }
  return (
    <div className="ch-plot" aria-hidden="true">
      {plot}
    </div>
  );
}
