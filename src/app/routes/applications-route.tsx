import { useMemo } from 'react';
import { DataTable } from '../../components/tables/data-table.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { applicantColumns, sectionLabels } from '../../report/table-layout.ts';
import { applicationColumns, applicationTableRows } from '../table-data/applications-table.ts';
import { flowData, outcomesByApplicantData, outcomesData } from '../table-data/chart-data.ts';
import { useHighlightedCells } from '../use-highlighted-cells.ts';
import { useLoadedReport } from '../use-loaded-report.ts';
import { useTableUrlState } from '../use-table-url-state.ts';
import { ChartFrame, SankeyChart } from './lazy-charts.tsx';
import { PageHeading, TableAndChart, useViewMode } from './table-and-chart.tsx';
import { useExportInfo } from './use-export-info.ts';
import { useCellNotes, useChartMessages, useTableMessages } from './use-table-messages.ts';
import { useSectionMessages } from './use-section-messages.ts';

export function ApplicationsRoute() {
  const { report } = useLoadedReport();
  const { label } = useI18n();
  const s = useSectionMessages();
  const [mode, setMode] = useViewMode();
  const columns = useMemo(() => applicationColumns(label, s), [label, s]);
  const rows = useMemo(() => applicationTableRows(report, label), [report, label]);
  const [state, setState] = useTableUrlState('t', ['label', ...columns.map((c) => c.id)]);
  const notes = useCellNotes();
  const highlighted = useHighlightedCells();
  const tableMessages = useTableMessages();
  const chartMessages = useChartMessages();
  const exports = useExportInfo();
  const series = applicantColumns
    .filter((c) => c.key !== 'total')
    .map((c) => ({ key: c.key, label: label(c) }));
  const flow = useMemo(() => flowData(report, label, s.flowIntake), [report, label, s]);

  return (
    <>
      <PageHeading title={label(sectionLabels.applications)} mode={mode} onMode={setMode} />
      <TableAndChart
        wide
        mode={mode}
        table={
          <DataTable
            id="applications"
            caption={s.applicationsTable}
            rowHeader={s.rowLabel}
            columns={columns}
            rows={rows}
            state={state}
            onStateChange={setState}
            notes={notes}
            highlighted={highlighted}
            messages={tableMessages}
            exportAs={exports.table('applications-table')}
          />
        }
        chart={
          <div className="chart-stack">
            <ChartFrame
              id="applications-outcomes"
              exportAs={exports.chart('applications-outcomes')}
              title={s.outcomesChart}
              kind="donut"
              data={outcomesData(report, label)}
              series={[{ key: 'total', label: label(applicantColumns[6]) }]}
              messages={chartMessages}
            />
            <ChartFrame
              id="applications-by-applicant"
              exportAs={exports.chart('applications-by-applicant')}
              title={s.outcomesByApplicantChart}
              kind="stacked-bar"
              data={outcomesByApplicantData(report, label)}
              series={series}
              messages={chartMessages}
            />
            <SankeyChart
              id="applications-flow"
              exportAs={exports.chart('applications-flow')}
              title={s.flowChart}
              nodes={flow.nodes}
              links={flow.links}
              messages={chartMessages}
            />
          </div>
        }
      />
    </>
  );
}
