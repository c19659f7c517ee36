import { render } from '@testing-library/react';
import { ChartFrame, type ChartFrameProps } from '../../../src/components/charts/chart-frame.tsx';
import { zhChartMessages } from '../../../src/i18n/chart-messages.ts';

export function renderChart(
  props: Partial<ChartFrameProps> & Pick<ChartFrameProps, 'kind' | 'data' | 'series'>,
) {
  return render(<ChartFrame title="测试图表" messages={zhChartMessages} {...props} />);
}

export interface DrawnBar {
  fill: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bars recharts drew, read from the SVG. */
export function drawnBars(container: HTMLElement): DrawnBar[] {
  return [...container.querySelectorAll('.recharts-bar-rectangle path')].map((path) => ({
    fill: path.getAttribute('fill') ?? '',
    x: Number(path.getAttribute('x')),
    y: Number(path.getAttribute('y')),
    width: Number(path.getAttribute('width')),
    height: Number(path.getAttribute('height')),
  }));
}

export function valueLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.ch-value-label')].map((t) => t.textContent ?? '');
}

/** Where the category ticks stand along the category axis (x under bars, y beside them). */
export function tickPositions(container: HTMLElement, axis: 'x' | 'y' = 'x'): number[] {
  return [...container.querySelectorAll('.ch-tick')].map((tick) => {
    const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(tick.getAttribute('transform') ?? '');
    return Number(match?.[axis === 'x' ? 1 : 2]);
  });
}
