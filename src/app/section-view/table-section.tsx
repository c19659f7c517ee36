import { useContext, useMemo } from 'react';
import type { ChartKind } from '../../components/charts/chart-frame.tsx';
import type {
  ChartDatum,
  ChartSeries,
  ChartValue,
  SankeyLinkSpec,
  SankeyNodeSpec,
} from '../../components/charts/chart-types.ts';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableColumn, TableRow } from '../../components/tables/table-types.ts';
import { chartMessages } from '../../i18n/chart-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import { findingNotes } from '../table-data/findings-notes.ts';
import { useHighlightedCells } from '../use-highlighted-cells.ts';
import { useOpenReport } from '../use-open-report.ts';
import { COMPACT_CHART_HEIGHT, CompactCharts } from './compact-charts.ts';
import { ChartFrame, SankeyChart } from './lazy-charts.tsx';
import { TableAndChart } from './page-heading.tsx';
import type { TableId } from './table-ids.ts';
import { useExportInfo } from './use-export-info.ts';
import { useTableUrlState } from './use-table-url-state.ts';

// The building block of the sections with tables: a section route says which table and which
// charts; this draws them, wired alike everywhere (view state in the address under the table's
// own name, the findings on its cells, the cells a checks link names, export file names).

export interface SectionTable {
  readonly id: TableId;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** A chart beside the table; its id names its element and its exported files. */
export type SectionChart =
  | {
      readonly id: string;
      readonly kind: ChartKind;
      readonly title: string;
      readonly data: readonly ChartDatum[];
      readonly series: readonly ChartSeries[];
      readonly height?: number;
      /** A donut's total as the report gives it (ChartFrame's `total`). */
      readonly total?: ChartValue;
    }
  | {
      readonly id: string;
      readonly kind: 'sankey';
      readonly title: string;
      readonly nodes: readonly SankeyNodeSpec[];
      readonly links: readonly SankeyLinkSpec[];
    };

export function TableSection({
  table,
  charts,
  wide = false,
}: {
  table: SectionTable;
  charts: readonly SectionChart[];
  /** A wide table takes the full width, its charts side by side below it. */
  wide?: boolean;
}) {
  const { findings } = useOpenReport();
  const s = useMessages(sectionMessages);
  const tm = useMessages(tableMessages);
  const cm = useMessages(chartMessages);
  const exports = useExportInfo();
  const highlighted = useHighlightedCells();
  const compact = useContext(CompactCharts);
  const notes = useMemo(() => findingNotes(findings, tm.text), [findings, tm.text]);
  const [state, setState] = useTableUrlState(table.id, [
    'label',
    ...table.columns.map((c) => c.id),
  ]);

  const drawn = charts.map((chart) =>
    chart.kind === 'sankey' ? (
      <SankeyChart
        key={chart.id}
        id={chart.id}
        title={chart.title}
        nodes={chart.nodes}
        links={chart.links}
        messages={cm}
        exportAs={exports.chart(chart.id)}
      />
    ) : (
      <ChartFrame
        key={chart.id}
        id={chart.id}
        title={chart.title}
        kind={chart.kind}
        data={chart.data}
        series={chart.series}
        messages={cm}
        exportAs={exports.chart(chart.id)}
        total={chart.total}
        {...(compact
          ? { height: COMPACT_CHART_HEIGHT }
          : chart.height === undefined
            ? {}
            : { height: chart.height })}
      />
    ),
  );

  return (
    <TableAndChart
      wide={wide}
      table={
        <DataTable
          id={table.id}
          caption={table.caption}
          rowHeader={s.rowLabel}
          columns={table.columns}
          rows={table.rows}
          state={state}
          onStateChange={setState}
          notes={notes}
          highlighted={highlighted}
          messages={tm}
          exportAs={exports.table(`${table.id}-table`)}
        />
      }
      chart={drawn.length === 1 ? drawn[0] : <div className="chart-stack">{drawn}</div>}
    />
  );
}
