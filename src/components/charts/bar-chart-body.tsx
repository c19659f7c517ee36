import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { barLayout } from './bar-layout.ts';
import { allWholeNumbers, labelField, seriesField, toBarRows } from './bar-rows.ts';
import { CategoryTick } from './category-tick.tsx';
import type { ChartDatum } from './chart-types.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import type { ColouredSeries } from './series-colours.ts';
import { ValueLabel } from './value-label.tsx';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

export type BarKind = 'bar' | 'horizontal-bar' | 'stacked-bar' | 'grouped-bar';

interface BarChartBodyProps {
  kind: BarKind;
  data: readonly ChartDatum[];
  /** The series to draw, hidden ones already left out. */
  series: readonly ColouredSeries[];
  messages: ChartMessages;
  height: number;
}

export function BarChartBody({ kind, data, series, messages, height }: BarChartBodyProps) {
  const stacked = kind === 'stacked-bar';
  const [width, setWidth] = useState(600);
  const layout = barLayout(data, {
    width,
    height,
    sideways: kind === 'horizontal-bar',
    stacked,
  });
  const { horizontal } = layout;
  const rows = useMemo(() => toBarRows(data, series), [data, series]);
  const labels = useMemo(() => new Map(data.map((d) => [d.key, d.label])), [data]);
  const allowDecimals = !allWholeNumbers(rows);
  return (
    <ResponsiveContainer
      width="100%"
      height={layout.height}
      initialDimension={{ width: 600, height: layout.height }}
      onResize={(w) => setWidth(w)}
    >
      <BarChart
        // recharts stacks in mount order; remounting keeps a re-shown series in its place.
        key={series.map((s) => s.key).join('\u0000')}
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={layout.margin}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={allowDecimals} />
            <YAxis
              type="category"
              dataKey="key"
              width={layout.categoryAxis}
              interval={0}
              tick={(props) => (
                <CategoryTick {...props} labels={labels} lines={layout.lines} side="left" />
              )}
            />
          </>
        ) : (
          <>
            <XAxis
              type="category"
              dataKey="key"
              interval={0}
              height={layout.categoryAxis}
              tick={(props) => (
                <CategoryTick {...props} labels={labels} lines={layout.lines} side="bottom" />
              )}
            />
            <YAxis type="number" allowDecimals={allowDecimals} width={48} />
          </>
        )}
        <Tooltip
          cursor={{ fill: 'rgba(31, 41, 51, 0.06)' }}
          content={(props) => <ChartTooltip {...props} series={series} messages={messages} />}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={seriesField(s)}
            name={s.label}
            fill={s.colour}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={labelField(s)}
              content={(props) => (
                <ValueLabel
                  viewBox={props.viewBox}
                  value={props.value}
                  placement={stacked ? 'inside' : 'end'}
                  horizontal={horizontal}
                  colour={s.colour}
                />
              )}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
