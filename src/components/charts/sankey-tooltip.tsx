import { formatValue, valueText } from './format-value.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface SankeyTooltipProps {
  active?: boolean;
  payload?: readonly { name?: unknown; value?: unknown; payload?: unknown }[];
  messages: ChartMessages;
}

function field(item: unknown, name: string): unknown {
  return typeof item === 'object' && item !== null && name in item
    ? (item as Record<string, unknown>)[name]
    : undefined;
}

/**
 * A node's full label (the drawn one may be wrapped) and the figure its label shows, or a flow
 * as 'source → target' and its value; a derived figure is marked and said to be. recharts
 * hands over the node, or the link with its nodes.
 */
export function SankeyTooltip({ active, payload, messages }: SankeyTooltipProps) {
  const entry = payload?.[0];
  if (!active || entry === undefined) return null;
  const link = [entry.payload, field(entry.payload, 'payload')].find(
    (item) => field(item, 'source') !== undefined && field(item, 'target') !== undefined,
  );
  const node =
    link === undefined
      ? [entry.payload, field(entry.payload, 'payload')].find(
          (item) => typeof field(item, 'text') === 'string',
        )
      : undefined;
  const title =
    link === undefined
      ? String(entry.name ?? '')
      : `${String(field(field(link, 'source'), 'name'))} → ${String(field(field(link, 'target'), 'name'))}`;
  const derived = field(link ?? node, 'derived') === true;
  const value =
    node !== undefined
      ? String(field(node, 'text'))
      : valueText({ value: Number(entry.value), derived });
  return (
    <div className="ch-tooltip">
      <p className="ch-tooltip-title">{title}</p>
      <p className="ch-tooltip-value">
        {entry.value === undefined && node === undefined ? formatValue(null) : value}
        {derived && <span className="ch-derived">{messages.derived}</span>}
      </p>
    </div>
  );
}
