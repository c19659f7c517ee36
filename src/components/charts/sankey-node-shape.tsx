import type { SankeyNodeProps } from 'recharts';
import { nodeColour } from './sankey-data.ts';
import { sankeyFontSize, sankeyLabelRoom, sankeyNodeText } from './sankey-labels.ts';

/**
 * A node with its Chinese label and value outside it: sources on the left, the rest on the
 * right. A plain function, not a component: recharts' node props carry a `key`.
 */
export function renderSankeyNode(
  { x, y, width, height, payload }: SankeyNodeProps,
  margins: { left: number; right: number },
) {
  const leftColumn = payload.depth === 0;
  return (
    <g className="ch-sankey-node">
      <title>{`${payload.name} ${String(payload.value)}`}</title>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={nodeColour(payload)} />
      <text
        className="ch-sankey-label"
        x={leftColumn ? x - 6 : x + width + 6}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={leftColumn ? 'end' : 'start'}
        fontSize={sankeyFontSize}
        fill="#1f2933"
      >
        {sankeyNodeText(payload.name, payload.value, sankeyLabelRoom(payload.depth, margins))}
      </text>
    </g>
  );
}
