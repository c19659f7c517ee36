import { tickFontSize, tickLineHeight } from './bar-layout.ts';

export interface CategoryTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Category key → full label: the axis carries keys, which are unique where labels may not be. */
  labels: ReadonlyMap<string, string>;
  /** Category key → the label's lines, laid out to the room it has (bar-layout.ts). */
  lines: ReadonlyMap<string, readonly string[]>;
  /** 'bottom' under upright bars, 'left' beside sideways ones. */
  side: 'bottom' | 'left';
}

/**
 * A category label, whole, on as many lines as bar-layout.ts gave it, so long labels such as
 * '1.本机关不掌握相关政府信息' or '(4) Cannot be provided' never run into their neighbours and
 * are never cut; the full label is in an SVG <title> too.
 */
export function CategoryTick({ x, y, payload, labels, lines: laidOut, side }: CategoryTickProps) {
  const key = String(payload?.value ?? '');
  const label = labels.get(key) ?? key;
  const lines = laidOut.get(key) ?? [label];
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
