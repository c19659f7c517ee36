import type { SankeyLinkProps } from 'recharts';
import { nodeColour } from './sankey-data.ts';

/** recharts' own link path, in the colour of the node it leaves, so a flow can be followed. */
export function SankeyLinkShape(props: SankeyLinkProps) {
  const { sourceX, sourceY, sourceControlX, targetX, targetY, targetControlX, linkWidth } = props;
  return (
    <path
      className="ch-sankey-link"
      d={`M${sourceX},${sourceY} C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke={nodeColour(props.payload.source)}
      strokeOpacity={0.45}
      strokeWidth={Math.max(linkWidth, 1)}
    />
  );
}
