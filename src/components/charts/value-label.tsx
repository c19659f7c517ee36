import { labelWidth } from './wrap-label.ts';
import { textColourOn } from './text-colour.ts';

export const valueFontSize = 11;

export interface ValueLabelProps {
  viewBox?: unknown;
  /** The text to show: the value, with the derived marker where the app computed it ('3*'). */
  value?: unknown;
  /** 'inside' centres the number in a stack segment; 'end' puts it past the end of a bar. */
  placement: 'inside' | 'end';
  /** Bars grow rightwards (horizontal bars) or upwards. */
  horizontal: boolean;
  colour: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxOf(viewBox: unknown): Box | null {
  if (typeof viewBox !== 'object' || viewBox === null) return null;
  const { x, y, width, height } = viewBox as Partial<Record<keyof Box, unknown>>;
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  if (typeof width !== 'number' || typeof height !== 'number') return null;
  return { x, y, width, height };
}

/**
 * The number on a bar, so colour is not the only way to read the chart. Inside a stack segment
 * it takes black or white for contrast, and is left out when the segment is too small to hold it
 * (the tooltip and data table still have it).
 */
export function ValueLabel({ viewBox, value, placement, horizontal, colour }: ValueLabelProps) {
  const box = boxOf(viewBox);
  if (box === null || (typeof value !== 'number' && typeof value !== 'string')) return null;
  const text = String(value);
  const textWidth = labelWidth(text) * valueFontSize;
  if (placement === 'inside') {
    const fits = horizontal
      ? Math.abs(box.width) >= textWidth + 4 && Math.abs(box.height) >= valueFontSize
      : Math.abs(box.height) >= valueFontSize + 2 && Math.abs(box.width) >= textWidth;
    if (!fits) return null;
    return (
      <text
        className="ch-value-label"
        x={box.x + box.width / 2}
        y={box.y + box.height / 2}
        dy="0.35em"
        textAnchor="middle"
        fontSize={valueFontSize}
        fill={textColourOn(colour)}
      >
        {text}
      </text>
    );
  }
  return (
    <text
      className="ch-value-label"
      x={horizontal ? box.x + box.width + 4 : box.x + box.width / 2}
      y={horizontal ? box.y + box.height / 2 : box.y - 4}
      dy={horizontal ? '0.35em' : 0}
      textAnchor={horizontal ? 'start' : 'middle'}
      fontSize={valueFontSize}
      fill="#1f2933"
    >
      {text}
    </text>
  );
}
