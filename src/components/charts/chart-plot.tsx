import type { ReactNode } from 'react';
import { BarChartBody, type BarKind } from './bar-chart-body.tsx';
import type { ChartDatum } from './chart-types.ts';
import { DonutChartBody } from './donut-chart-body.tsx';
import { toDonutSlices } from './donut-slices.ts';
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
}

/**
 * The drawing itself, hidden from assistive technology (the data table says the same), or
 * the empty sentence when the legend has switched off everything there was to draw.
 */
export function ChartPlot({ kind, data, series, hidden, messages, height }: ChartPlotProps) {
  let plot: ReactNode = null;
  if (kind === 'donut') {
    const [first] = series;
    const slices = first === undefined ? [] : toDonutSlices(data, first.key, hidden);
    if (first !== undefined && slices.length > 0) {
      plot = <DonutChartBody slices={slices} series={first} messages={messages} height={height} />;
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
