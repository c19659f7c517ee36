import { wrapLabel } from './wrap-label.ts';

export const tickFontSize = 12;
export const tickLineHeight = 15;
export const maxTickLines = 3;

export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
  /** Category key → full label: the axis carries keys, which are unique where labels may not be. */
  labels: ReadonlyMap<string, string>;
  /** 'bottom' under vertical bars, 'left' beside horizontal ones. */
  side: 'bottom' | 'left';
}

/**
 * A category label wrapped to the room it has, so long Chinese labels such as
 * '1.本机关不掌握相关政府信息' never run into their neighbours; the full label is in the
 * tooltip and in an SVG <title>.
 */
export function CategoryTick({
  x,
  y,
  width,
  visibleTicksCount,
  payload,
  labels,
  side,
}: CategoryTickProps) {
  const key = String(payload?.value ?? '');
  const label = labels.get(key) ?? key;
  const axisWidth = Number(width) || 0;
  const room =
    side === 'bottom' ? axisWidth / Math.max(visibleTicksCount ?? 1, 1) - 6 : axisWidth - 10;
  const lines = wrapLabel(label, room / tickFontSize, maxTickLines);
  // Baseline of the first line: below the tick mark, or centred on it with the others.
  const firstDy =
    side === 'bottom'
      ? tickFontSize + 2
      : -((lines.length - 1) * tickLineHeight) / 2 + tickFontSize * 0.35;
  return (
    <g transform={`translate(${Number(x) || 0},${Number(y) || 0})`} className="ch-tick">
      <title>{label}</title>
      <text
        x={side === 'bottom' ? 0 : -6}
        y={0}
        textAnchor={side === 'bottom' ? 'middle' : 'end'}
        fontSize={tickFontSize}
        fill="#3e4c59"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={side === 'bottom' ? 0 : -6} dy={i === 0 ? firstDy : tickLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
