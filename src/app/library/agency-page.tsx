import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '../../components/tables/data-table.tsx';
import { chartMessages } from '../../i18n/chart-messages.ts';
import { exportMessages } from '../../i18n/export-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import { exportFileStem } from '../../export/file-name.ts';
import { agencyYears, type Library } from '../../library/library.ts';
import { agencyCharts } from './agency-charts.ts';
import { agencyTable } from './agency-table.ts';
import { CrossYearList } from './cross-year-list.tsx';
import { YearList } from './year-list.tsx';
import { pathTo } from '../paths.ts';
import { ChartFrame } from '../section-view/lazy-charts.tsx';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';

/** An agency's years: its reports, the checks across them, trends and figures by year. */
export function AgencyPage({ library, agency }: { library: Library; agency: string }) {
  const m = useMessages(libraryMessages);
  const tm = useMessages(tableMessages);
  const cm = useMessages(chartMessages);
  const x = useMessages(exportMessages);
  const a = m.agency;
  const years = useMemo(() => agencyYears(library, agency), [library, agency]);
  const entries = library.agencies.get(agency) ?? [];
  const latest = entries.at(-1)?.report;
  const name = latest?.agency.name ?? agency;
  const { columns, rows, notes } = useMemo(() => agencyTable(years, m), [years, m]);
  const charts = useMemo(() => agencyCharts(years, m), [years, m]);
  const [state, setState] = useTableUrlState('agency-years', [
    'label',
    ...columns.map((c) => c.id),
  ]);

  return (
    <>
      <h1>{name}</h1>
      <p className="muted">
        {a.facts(
          latest?.agency.region ?? '',
          latest?.agency.level ? (m.levels[latest.agency.level] ?? '') : '',
        )}
      </p>
      <section aria-labelledby="agency-years">
        <h2 id="agency-years">{a.yearsTitle}</h2>
        <YearList years={years} />
        <p>
          {entries.length > 1 ? (
            <Link to={pathTo({ page: 'compare', reports: entries.map((e) => e.id) })}>
              {a.compareYears}
            </Link>
          ) : null}{' '}
          <Link to={pathTo({ page: 'library' })}>{m.backToLibrary}</Link>
        </p>
      </section>
      <CrossYearList years={years} />
      <section aria-labelledby="agency-trends">
        <h2 id="agency-trends">{a.charts}</h2>
        <div className="trend-charts">
          {charts.map((chart) => (
            <ChartFrame
              key={chart.id}
              id={`agency-${chart.id}`}
              title={chart.title}
              kind={chart.kind}
              data={chart.data}
              series={chart.series}
              messages={cm}
              exportAs={{
                fileName: exportFileStem([name, chart.id]),
                subtitle: name,
                source: m.compare.chartSource,
                messages: x.chartExport,
              }}
            />
          ))}
        </div>
      </section>
      <p className="muted">{a.mappingNote}</p>
      <DataTable
        id="agency-years-table"
        caption={a.table}
        rowHeader={a.figure}
        columns={columns}
        rows={rows}
        state={state}
        onStateChange={setState}
        notes={notes}
        messages={tm}
        exportAs={{ fileName: exportFileStem([name, 'years']), messages: x.tableExport }}
      />
    </>
  );
}
