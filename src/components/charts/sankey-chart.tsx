import { useId, useMemo, useRef, useState } from 'react';
import { ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import { ChartExportMenu } from './chart-export-menu.tsx';
import type { ChartExport, SankeyLinkSpec, SankeyNodeSpec } from './chart-types.ts';
import { ChartNotes } from './chart-notes.tsx';
import { toSankeyData, type SankeyChartData } from './sankey-data.ts';
import { SankeyDataTable } from './sankey-data-table.tsx';
import { SankeyLinkShape } from './sankey-link-shape.tsx';
import { sankeyLayout } from './sankey-labels.ts';
import { renderSankeyNode } from './sankey-node-shape.tsx';
import { SankeyTooltip } from './sankey-tooltip.tsx';
import { TextAlternative } from './text-alternative.tsx';
import { ChartFigure } from './chart-figure.tsx';
import './charts.css';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

export interface SankeyChartProps {
  title: string;
  description?: string;
  nodes: readonly SankeyNodeSpec[];
  links: readonly SankeyLinkSpec[];
  messages: ChartMessages;
  /** Defaults to 320, or taller when a column has too many nodes for their labels. */
  height?: number;
  id?: string;
  /** Offers the chart as PNG and SVG. */
  exportAs?: ChartExport;
}

/**
 * What a reader must be told under the flows: that a node's figure in the report is not what
 * its flows add up to, and that a value marked '*' was derived.
 */
function sankeyNotes(data: SankeyChartData, messages: ChartMessages): string[] {
  const notes = data.nodes.flatMap((n) =>
    n.differs ? [messages.flowsDiffer(n.name, n.differs.reported, n.differs.flows)] : [],
  );
  const derived = data.nodes.some((n) => n.derived) || data.links.some((l) => l.derived);
  return derived ? [...notes, messages.derivedNote] : notes;
}

/**
 * Flows, e.g. from applications received (本年新收 + 上年结转) to how they ended. A node given
 * the report's own figure shows it, whatever its flows add up to (a note says when they differ).
 */
export function SankeyChart({
  title,
  description,
  nodes,
  links,
  messages,
  height,
  id,
  exportAs,
}: SankeyChartProps) {
  const figure = useRef<HTMLElement>(null);
  const menuId = `ch${useId().replace(/[^\w-]/g, '')}`;
  const data = useMemo(() => toSankeyData(nodes, links), [nodes, links]);
  const notes = useMemo(() => sankeyNotes(data, messages), [data, messages]);
  const [width, setWidth] = useState(600);
  const layout = sankeyLayout(data, width);
  const chartHeight = height ?? layout.height;
  return (
    <ChartFigure
      title={title}
      description={description}
      id={id}
      ref={figure}
      actions={
        exportAs && data.links.length > 0 ? (
          <ChartExportMenu
            title={title}
            legend={[]}
            notes={notes}
            exportAs={exportAs}
            figure={figure}
            domId={id ?? menuId}
          />
        ) : undefined
      }
    >
      {data.links.length === 0 ? (
        <p className="ch-empty">{messages.empty}</p>
      ) : (
        <>
          <div className="ch-plot" aria-hidden="true">
            <ResponsiveContainer
              width="100%"
              height={chartHeight}
              initialDimension={{ width: 600, height: chartHeight }}
              onResize={(w) => setWidth(w)}
            >
              <Sankey
                data={data}
                accessibilityLayer={false}
                nodeWidth={12}
                nodePadding={layout.nodePadding}
                margin={layout.margin}
                node={(props) => renderSankeyNode(props, layout.lines)}
                link={SankeyLinkShape}
              >
                <Tooltip content={(props) => <SankeyTooltip {...props} messages={messages} />} />
              </Sankey>
            </ResponsiveContainer>
          </div>
          <ChartNotes notes={notes} />
          <TextAlternative messages={messages}>
            <SankeyDataTable nodes={nodes} links={links} messages={messages} />
          </TextAlternative>
        </>
      )}
    </ChartFigure>
  );
}

export default SankeyChart;
