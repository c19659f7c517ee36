import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableRow } from '../../components/tables/table-types.ts';
import { exportFileStem } from '../../export/file-name.ts';
import { chartMessages } from '../../i18n/chart-messages.ts';
import { exportMessages } from '../../i18n/export-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import type { Library, LibraryEntry } from '../../library/library.ts';
import { metricDefinitions } from '../../library/metric-catalogue.ts';
import {
  compareTable,
  distributionData,
  metricHeader,
  rankingData,
  reportName,
} from './compare-table.ts';
import { useSelection } from './use-selection.ts';
import { pathTo } from '../paths.ts';
import { ChartFrame } from '../section-view/lazy-charts.tsx';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';

const metricIds = metricDefinitions.map((d) => d.id);

/** The chosen reports side by side: the metric table and a chart of one metric. */
export function ComparePage({ library }: { library: Library }) {
  const m = useMessages(libraryMessages);
  const tm = useMessages(tableMessages);
  const cm = useMessages(chartMessages);
  const x = useMessages(exportMessages);
  const c = m.compare;
  const [ids, setIds] = useSelection('reports');
  const [metricId, setMetricId] = useUrlParam(
    'metric',
    oneOf(metricIds, 'disclosureRate'),
    'disclosureRate',
  );
  const metric = metricDefinitions.find((d) => d.id === metricId) ?? metricDefinitions[0];
  const chosen = useMemo(() => ids.flatMap((id) => library.byId.get(id) ?? []), [ids, library]);
  const unknown = ids.filter((id) => !library.byId.has(id));
  const { columns, rows, notes } = useMemo(() => compareTable(chosen, m), [chosen, m]);
  const [state, setState] = useTableUrlState('compare', ['label', ...columns.map((col) => col.id)]);
  const others = library.entries.filter((e) => !ids.includes(e.id));

  const renderLabel = (row: TableRow) => (
    <Link to={pathTo({ page: 'report', reportId: row.id })}>{row.label}</Link>
  );
  const chartExport = (name: string) => ({
    fileName: exportFileStem(['compare', metricId, name]),
    subtitle: c.chartSubtitle(chosen.length),
    source: c.chartSource,
    messages: x.chartExport,
  });

  return (
    <>
      {unknown.length > 0 ? <p className="card notice">{c.unknown(unknown.join(', '))}</p> : null}
      {chosen.length === 0 ? <p>{c.empty}</p> : null}
      <ul className="compare-chosen" aria-label={c.table}>
        {chosen.map((entry: LibraryEntry) => (
          <li key={entry.id}>
            <Link to={pathTo({ page: 'report', reportId: entry.id })}>{reportName(entry, m)}</Link>
            <button
              type="button"
              aria-label={c.remove(reportName(entry, m))}
              onClick={() => setIds(ids.filter((id) => id !== entry.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="filters">
        {others.length > 0 ? (
          <label>
            {c.add}
            <select value="" onChange={(e) => e.target.value && setIds([...ids, e.target.value])}>
              <option value="">{c.addNone}</option>
              {others.map((e) => (
                <option key={e.id} value={e.id}>
                  {reportName(e, m)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Link to={pathTo({ page: 'library' })}>{m.backToLibrary}</Link>
      </div>
      {chosen.length > 0 && metric ? (
        <>
          <DataTable
            id="compare"
            caption={c.table}
            rowHeader={c.report}
            columns={columns}
            rows={rows}
            state={state}
            onStateChange={setState}
            notes={notes}
            messages={tm}
            renderLabel={renderLabel}
            exportAs={{ fileName: 'xxgk-compare', messages: x.tableExport }}
          />
          <section aria-labelledby="compare-charts">
            <div className="filters">
              <h2 id="compare-charts">{metricHeader(metric, m)}</h2>
              <label>
                {c.metric}
                <select value={metricId} onChange={(e) => setMetricId(e.target.value)}>
                  {metricDefinitions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {metricHeader(d, m)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="trend-charts">
              <ChartFrame
                id="compare-ranking"
                title={c.ranking(metricHeader(metric, m))}
                kind="horizontal-bar"
                data={rankingData(chosen, metric, m)}
                series={[{ key: 'value', label: metricHeader(metric, m) }]}
                messages={cm}
                exportAs={chartExport('ranking')}
              />
              <ChartFrame
                id="compare-distribution"
                title={c.distribution(metricHeader(metric, m))}
                kind="bar"
                data={distributionData(chosen, metric, m)}
                series={[{ key: 'count', label: c.reportsSeries }]}
                messages={cm}
                exportAs={chartExport('distribution')}
              />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
