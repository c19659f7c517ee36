import { useMemo } from 'react';
import { ChartDataTable } from './chart-data-table.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { ChartPlot, type ChartKind } from './chart-plot.tsx';
import type { ChartDatum, ChartMessages, ChartSeries } from './chart-types.ts';
import { categoryItems } from './donut-slices.ts';
import { isChartEmpty } from './is-chart-empty.ts';
import { colourSeries } from './series-colours.ts';
import { TextAlternative } from './text-alternative.tsx';
import { useHiddenKeys } from './use-hidden-keys.ts';
import { ChartFigure } from './chart-figure.tsx';
import './charts.css';

export type { ChartKind } from './chart-plot.tsx';

export interface ChartFrameProps {
  title: string;
  description?: string;
  kind: ChartKind;
  data: readonly ChartDatum[];
  series: readonly ChartSeries[];
  messages: ChartMessages;
  /** Defaults to 320; horizontal bars default taller when there are many categories. */
  height?: number;
  id?: string;
}

/** Horizontal bars get about 30px a category, room for a two-line label. */
function defaultHeight(kind: ChartKind, categories: number): number {
  return kind === 'horizontal-bar' ? Math.max(320, categories * 30 + 40) : 320;
}

/**
 * A titled chart with a legend that switches series (for a donut, slices) on and off, and the
 * same data as a table for screen readers, shown on request. A donut draws the first series.
 */
export function ChartFrame({
  title,
  description,
  kind,
  data,
  series,
  messages,
  height,
  id,
}: ChartFrameProps) {
  const [hidden, toggle] = useHiddenKeys();
  const drawn = useMemo(
    () => colourSeries(kind === 'donut' ? series.slice(0, 1) : series),
    [kind, series],
  );
  return (
    <ChartFigure title={title} description={description} id={id}>
      {isChartEmpty(data, drawn) ? (
        <p className="ch-empty">{messages.empty}</p>
      ) : (
        <>
          <ChartLegend
            items={kind === 'donut' ? categoryItems(data) : drawn}
            hidden={hidden}
            onToggle={toggle}
            messages={messages}
          />
          <ChartPlot
            kind={kind}
            data={data}
            series={drawn}
            hidden={hidden}
            messages={messages}
            height={height ?? defaultHeight(kind, data.length)}
          />
          <TextAlternative messages={messages}>
            <ChartDataTable
              data={data}
              series={drawn}
              messages={messages}
              withTotal={kind === 'donut'}
            />
          </TextAlternative>
        </>
      )}
    </ChartFigure>
  );
}

export default ChartFrame;
