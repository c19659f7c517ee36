import { formatValue } from './format-value.ts';
import { labelWidth, wrapLabel } from './wrap-label.ts';

export const sliceFontSize = 12;

/**
 * Radii that leave room for the slice labels beside the ring: at 600px wide the ring is as big
 * as the height allows; on a phone it shrinks so that labels are not cut at the edges.
 */
export function donutGeometry(
  width: number,
  height: number,
): { outerRadius: number; innerRadius: number } {
  const labelRoom = Math.min(120, width * 0.28);
  const outerRadius = Math.max(36, Math.min(height / 2 - 36, width / 2 - labelRoom));
  return { outerRadius, innerRadius: Math.round(outerRadius * 0.66) };
}

/** '（三）不予公开 2', the label shortened (never the value) to fit `room` pixels. */
export function sliceLabelText(label: string, value: number, room: number): string {
  const number = formatValue(value);
  const ems = room / sliceFontSize - labelWidth(` ${number}`);
  if (ems < 2) return number;
  return `${wrapLabel(label, ems, 1)[0] ?? ''} ${number}`;
}
