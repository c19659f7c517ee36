import { useMemo } from 'react';
import { StatCard } from '../../components/ui/stat-card.tsx';
import { DataTable } from '../../components/tables/data-table.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { correctionRate } from '../../report/metrics.ts';
import { appealColumns, sectionLabels } from '../../report/table-layout.ts';
import { appealRows, cellOf } from '../../report/table-rows.ts';
import { chartValue } from '../table-data/chart-data.ts';
import { toTableRow } from '../table-data/to-table-row.ts';
import { useHighlightedCells } from '../use-highlighted-cells.ts';
import { useLoadedReport } from '../use-loaded-report.ts';
import { useTableUrlState } from '../use-table-url-state.ts';
import { formatPercent } from './format.ts';
import { ChartFrame } from './lazy-charts.tsx';
import { PageHeading, TableAndChart, useViewMode } from './table-and-chart.tsx';
import { useExportInfo } from './use-export-info.ts';
import { useCellNotes, useChartMessages, useTableMessages } from './use-table-messages.ts';
import { useSectionMessages } from './use-section-messages.ts';

export function AppealsRoute() {
  const { report } = useLoadedReport();
  const { m, label, lang } = useI18n();
  const s = useSectionMessages();
  const [mode, setMode] = useViewMode();
  const exports = useExportInfo();
  const refs = useMemo(() => appealRows(report), [report]);
  const rows = useMemo(() => refs.map((r) => toTableRow(r, 'appeals', label)), [refs, label]);
  const columns = appealColumns.map((c) => ({ id: c.key, header: label(c) }));
  const [state, setState] = useTableUrlState('t', ['label', ...columns.map((c) => c.id)]);
  const series = appealColumns
    .filter((c) => c.key !== 'total')
    .map((c) => ({ key: c.key, label: label(c) }));
  const data = refs.map((r) => ({
    key: r.key,
    label: label(r.label),
    values: Object.fromEntries(series.map((s) => [s.key, chartValue(cellOf(r, s.key).cell)])),
  }));

  return (
    <>
      <PageHeading title={label(sectionLabels.appeals)} mode={mode} onMode={setMode} />
      <div className="stat-cards">
        {refs.map((r) => {
          const rate = correctionRate(r);
          return (
            <StatCard
              key={r.key}
              title={`${label(r.label)} · ${s.correctionRate}`}
              value={
                <span title={rate.value === null ? m.notComputableNote : undefined}>
                  {formatPercent(rate.value, lang)}
                </span>
              }
              note={s.correctionRateNote}
            />
          );
        })}
      </div>
      <TableAndChart
        mode={mode}
        table={
          <DataTable
            id="appeals"
            caption={s.appealsTable}
            rowHeader={s.rowLabel}
            columns={columns}
            rows={rows}
            state={state}
            onStateChange={setState}
            notes={useCellNotes()}
            highlighted={useHighlightedCells()}
            messages={useTableMessages()}
            exportAs={exports.table('appeals-table')}
          />
        }
        chart={
          <ChartFrame
            id="appeals-results"
            exportAs={exports.chart('appeals-results')}
            title={s.appealsChart}
            kind="grouped-bar"
            data={data}
            series={series}
            messages={useChartMessages()}
          />
        }
      />
    </>
  );
}
