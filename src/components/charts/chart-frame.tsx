import { useId, useMemo, useRef } from 'react';
import { ChartDataTable } from './chart-data-table.tsx';
import { chartNotes, ChartNotes } from './chart-notes.tsx';
import { ChartExportMenu } from './chart-export-menu.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { ChartPlot, type ChartKind } from './chart-plot.tsx';
import type { ChartDatum, ChartExport, ChartSeries, ChartValue } from './chart-types.ts';
import { categoryItems } from './donut-slices.ts';
import { isChartEmpty } from './is-chart-empty.ts';
import { colourSeries, visibleSeries } from './series-colours.ts';
import { TextAlternative } from './text-alternative.tsx';
import { useHiddenKeys } from './use-hidden-keys.ts';
import { ChartFigure } from './chart-figure.tsx';
import './charts.css';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

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
  /** Offers the chart, as shown, as PNG and SVG. */
  exportAs?: ChartExport;
  /**
   * A donut's total as the report gives it (e.g. （七）总计), shown in the hole and the data
   * table instead of the sum of the slices, with a note when the two differ.
   */
  total?: ChartValue;
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
  exportAs,
  total,
}: ChartFrameProps) {
  const [hidden, toggle] = useHiddenKeys();
  const figure = useRef<HTMLElement>(null);
  const menuId = `ch${useId().replace(/[^\w-]/g, '')}`;
  const drawn = useMemo(
    () => colourSeries(kind === 'donut' ? series.slice(0, 1) : series),
    [kind, series],
  );
  const empty = isChartEmpty(data, drawn);
  const donutTotal = kind === 'donut' ? total : undefined;
  const notes = useMemo(
    () => chartNotes(data, drawn, messages, donutTotal),
    [data, drawn, messages, donutTotal],
  );
  const legend = visibleSeries(kind === 'donut' ? categoryItems(data) : drawn, hidden);
  return (
    <ChartFigure
      title={title}
      description={description}
      id={id}
      ref={figure}
      actions={
        exportAs && !empty ? (
          <ChartExportMenu
            title={title}
            legend={legend}
            notes={notes}
            exportAs={exportAs}
            figure={figure}
            domId={id ?? menuId}
          />
        ) : undefined
      }
    >
      {empty ? (
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
            total={donutTotal}
          />
          <ChartNotes notes={notes} />
          <TextAlternative messages={messages}>
            <ChartDataTable
              data={data}
              series={drawn}
              messages={messages}
              withTotal={kind === 'donut'}
              total={donutTotal}
            />
          </TextAlternative>
        </>
      )}
    </ChartFigure>
  );
}

export default ChartFrame;
