import type { SankeyNodeProps } from 'recharts';
import { nodeColour } from './sankey-data.ts';
import { sankeyFontSize, sankeyLineHeight, sankeyNodeText } from './sankey-labels.ts';

const field = (node: object, name: 'text' | 'key'): string =>
  name in node ? String((node as Record<string, unknown>)[name]) : '';

/**
 * A node with its label and value outside it, whole, on the lines sankey-labels.ts gave it:
 * sources on the left, the rest on the right. A plain function, not a component: recharts'
 * node props carry a `key`.
 */
export function renderSankeyNode(
  { x, y, width, height, payload, index }: SankeyNodeProps,
  lines: readonly (readonly string[])[],
) {
  const leftColumn = payload.depth === 0;
  const text = sankeyNodeText(payload.name, field(payload, 'text'));
  const own = lines[index] ?? [text];
  const labelX = leftColumn ? x - 6 : x + width + 6;
  const firstDy = -((own.length - 1) * sankeyLineHeight) / 2 + sankeyFontSize * 0.35;
  return (
    <g className="ch-sankey-node">
      <title>{text}</title>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={nodeColour(payload)} />
      <text
        className="ch-sankey-label"
        x={labelX}
        y={y + height / 2}
        textAnchor={leftColumn ? 'end' : 'start'}
        fontSize={sankeyFontSize}
        fill="#1f2933"
      >
        {own.map((line, i) => (
          <tspan key={i} x={labelX} dy={i === 0 ? firstDy : sankeyLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
