interface SankeyTooltipProps {
  active?: boolean;
  payload?: readonly { name?: unknown; value?: unknown; payload?: unknown }[];
}

function field(item: unknown, name: string): unknown {
  return typeof item === 'object' && item !== null && name in item
    ? (item as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A node's full label (the drawn one may be shortened) and value, or a flow as
 * 'source → target' and its value. recharts hands over the node, or the link with its nodes.
 */
export function SankeyTooltip({ active, payload }: SankeyTooltipProps) {
  const entry = payload?.[0];
  if (!active || entry === undefined) return null;
  const link = [entry.payload, field(entry.payload, 'payload')].find(
    (item) => field(item, 'source') !== undefined && field(item, 'target') !== undefined,
  );
  const title =
    link === undefined
      ? String(entry.name ?? '')
      : `${String(field(field(link, 'source'), 'name'))} → ${String(field(field(link, 'target'), 'name'))}`;
  return (
    <div className="ch-tooltip">
      <p className="ch-tooltip-title">{title}</p>
      <p className="ch-tooltip-value">{String(entry.value ?? '')}</p>
    </div>
  );
}
