import { useState } from 'react';
import { Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { donutLayout, sliceFontSize, sliceLineHeight } from './donut-layout.ts';
import type { DonutSlice } from './donut-slices.ts';
import type { ColouredSeries } from './series-colours.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface DonutChartBodyProps {
  slices: readonly DonutSlice[];
  series: ColouredSeries;
  messages: ChartMessages;
  height: number;
  /** The figure in the hole and what it is called: the report's total, or the sum shown. */
  centre: { label: string; text: string };
}

/** One series, a slice a category, each labelled with its label and value, a total in the hole. */
export function DonutChartBody({ slices, series, messages, height, centre }: DonutChartBodyProps) {
  const [width, setWidth] = useState(600);
  const layout = donutLayout(slices, width, height);
  return (
    <ResponsiveContainer
      width="100%"
      height={layout.height}
      initialDimension={{ width: 600, height: layout.height }}
      onResize={(w) => setWidth(w)}
    >
      <PieChart accessibilityLayer={false} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <Pie
          data={[...slices]}
          dataKey="value"
          nameKey="label"
          cx={layout.cx}
          cy={layout.cy}
          startAngle={90}
          endAngle={-270}
          innerRadius={layout.innerRadius}
          outerRadius={layout.outerRadius}
          stroke="#ffffff"
          rootTabIndex={-1}
          isAnimationActive={false}
          label={false}
          labelLine={false}
        />
        <g className="ch-donut-labels">
          {layout.labels.map((label) => (
            <g key={label.key}>
              <polyline points={label.points} fill="none" stroke="#9aa5b1" />
              <text
                className="ch-value-label"
                x={label.x}
                y={label.y}
                textAnchor={label.side === 'right' ? 'start' : 'end'}
                fontSize={sliceFontSize}
                fill="#1f2933"
              >
                {label.lines.map((line, i) => (
                  <tspan key={i} x={label.x} dy={i === 0 ? 0 : sliceLineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
        <text className="ch-donut-total" x={layout.cx} y={layout.cy} textAnchor="middle">
          <tspan x={layout.cx} dy="-0.3em" fontSize={12} fill="#52606d">
            {centre.label}
          </tspan>
          <tspan x={layout.cx} dy="1.3em" fontSize={18} fontWeight={600} fill="#1f2933">
            {centre.text}
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
