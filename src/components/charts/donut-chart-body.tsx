import { useState } from 'react';
import {
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  useChartWidth,
  type PieLabelRenderProps,
} from 'recharts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { donutGeometry, sliceFontSize, sliceLabelText } from './donut-geometry.ts';
import { sumSlices, type DonutSlice } from './donut-slices.ts';
import { formatValue } from './format-value.ts';
import type { ColouredSeries } from './series-colours.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface DonutChartBodyProps {
  slices: readonly DonutSlice[];
  series: ColouredSeries;
  messages: ChartMessages;
  height: number;
}

/** Slices too thin for a label of their own (their neighbours' labels would collide). */
const minLabelledShare = 0.025;

interface SliceLabelProps {
  x: number;
  y: number;
  textAnchor: string;
  slice: DonutSlice;
}

function SliceLabel({ x, y, textAnchor, slice }: SliceLabelProps) {
  const width = useChartWidth() ?? 600;
  const room = textAnchor === 'end' ? x - 4 : width - x - 4;
  return (
    <text
      className="ch-value-label"
      x={x}
      y={y}
      dy="0.35em"
      textAnchor={textAnchor === 'end' ? 'end' : 'start'}
      fontSize={sliceFontSize}
      fill="#1f2933"
    >
      {sliceLabelText(slice.label, slice.value, room)}
    </text>
  );
}

function renderSliceLabel({ x, y, textAnchor, percent, payload }: PieLabelRenderProps) {
  const slice = payload as DonutSlice | undefined;
  if (slice === undefined || (percent ?? 0) < minLabelledShare) return null;
  return <SliceLabel x={x} y={y} textAnchor={String(textAnchor)} slice={slice} />;
}

/** One series, a slice a category, each labelled with its value, the total in the hole. */
export function DonutChartBody({ slices, series, messages, height }: DonutChartBodyProps) {
  const [width, setWidth] = useState(600);
  const { outerRadius, innerRadius } = donutGeometry(width, height);
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 600, height }}
      onResize={(w) => setWidth(w)}
    >
      <PieChart accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Pie
          data={[...slices]}
          dataKey="value"
          nameKey="label"
          innerRadius={innerRadius}
          outerRadius={outerRadius}
          stroke="#ffffff"
          rootTabIndex={-1}
          isAnimationActive={false}
          label={renderSliceLabel}
          labelLine={{ stroke: '#9aa5b1' }}
        />
        <text className="ch-donut-total" x="50%" y="50%" textAnchor="middle">
          <tspan x="50%" dy="-0.3em" fontSize={12} fill="#52606d">
            {messages.total}
          </tspan>
          <tspan x="50%" dy="1.3em" fontSize={18} fontWeight={600} fill="#1f2933">
            {formatValue(sumSlices(slices))}
          </tspan>
        </text>
        <Tooltip
          content={(props) => {
            const slice = props.payload[0]?.payload as DonutSlice | undefined;
            const coloured = { ...series, colour: slice?.fill ?? series.colour };
            return <ChartTooltip {...props} series={[coloured]} messages={messages} />;
          }}
        />
      </PieChart>
    </ResponsiveContainer>
  );
}
