import type { SankeyLinkSpec, SankeyNodeSpec } from './chart-types.ts';
import { formatValue } from './format-value.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface SankeyDataTableProps {
  nodes: readonly SankeyNodeSpec[];
  links: readonly SankeyLinkSpec[];
  messages: ChartMessages;
}

/** Every flow between known nodes, zeros included (the chart cannot draw a zero-width flow). */
export function SankeyDataTable({ nodes, links, messages }: SankeyDataTableProps) {
  const labels = new Map(nodes.map((n) => [n.key, n.label]));
  const rows = links.filter((l) => labels.has(l.source) && labels.has(l.target));
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
        {rows.map((l, i) => (
          <tr key={`${l.source}→${l.target}-${i}`}>
            <th scope="row">
              {labels.get(l.source)} → {labels.get(l.target)}
            </th>
            <td className="ch-num">{formatValue(l.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
