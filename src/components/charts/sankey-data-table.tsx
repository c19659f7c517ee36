import type { SankeyLinkSpec, SankeyNodeSpec } from './chart-types.ts';
import { ValueCell } from './value-cell.tsx';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface SankeyDataTableProps {
  nodes: readonly SankeyNodeSpec[];
  links: readonly SankeyLinkSpec[];
  messages: ChartMessages;
}

/**
 * The figures the report gives for nodes (收到的申请), then every flow between known nodes,
 * zeros included (the chart cannot draw a zero-width flow); derived values marked.
 */
export function SankeyDataTable({ nodes, links, messages }: SankeyDataTableProps) {
  const labels = new Map(nodes.map((n) => [n.key, n.label]));
  const rows = links.filter((l) => labels.has(l.source) && labels.has(l.target));
  const given = nodes.filter((n) => n.value !== undefined);
  return (
    <table className="ch-table">
      <caption>{messages.dataTable}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{messages.value}</th>
        </tr>
      </thead>
      <tbody>
        {given.map((n) => (
          <tr key={n.key}>
            <th scope="row">{n.label}</th>
            <ValueCell cell={n.value} messages={messages} />
          </tr>
        ))}
        {rows.map((l, i) => (
          <tr key={`${l.source}→${l.target}-${i}`}>
            <th scope="row">
              {labels.get(l.source)} → {labels.get(l.target)}
            </th>
            <ValueCell cell={{ value: l.value, derived: l.derived }} messages={messages} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
