import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ChartDatum } from '../../components/charts/chart-types.ts';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableRow } from '../../components/tables/table-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import type { Summary } from '../../dataset/worker-protocol.ts';
import { chartMessages } from '../../i18n/chart-messages.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import type { Histogram } from '../../library/histogram.ts';
import type { Library } from '../../library/library.ts';
import { metricDefinitions } from '../../library/metric-catalogue.ts';
import { metricHeader } from '../library/compare-table.ts';
import { useSelection } from '../library/use-selection.ts';
import { pathTo } from '../paths.ts';
import { ChartFrame } from '../section-view/lazy-charts.tsx';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';
import { ask } from './dataset-client.ts';
import { DatasetDownloads } from './dataset-downloads.tsx';
import { compareRows } from './dataset-rows.ts';
import { ReportLink } from './report-link.tsx';
import { useDatasetView } from './use-dataset-view.ts';
import { viewQuery } from './view-query.ts';

const metricIds = metricDefinitions.map((d) => d.id);
const TOP = 20;

/** The comparison with a dataset: the chosen reports, or all of them, metric by metric. */
export function DatasetComparePage({
  library,
  summary,
  version,
}: {
  library: Library;
  summary: Summary;
  version: number;
}) {
  const m = useMessages(libraryMessages);
  const d = useMessages(datasetMessages);
  const tm = useMessages(tableMessages);
  const cm = useMessages(chartMessages);
  const c = m.compare;
  const [params] = useSearchParams();
  const all = params.get('all') === '1';
  const [ids] = useSelection('reports');
  const [metricId, setMetricId] = useUrlParam(
    'metric',
    oneOf(metricIds, 'disclosureRate'),
    'disclosureRate',
  );
  const metric = metricDefinitions.find((x) => x.id === metricId) ?? metricDefinitions[0];
  const columns = useMemo(
    () =>
      metricDefinitions.map((x) => ({
        id: x.id,
        header: metricHeader(x, m),
        group: c.groups[x.group] ?? x.group,
      })),
    [m, c],
  );
  const [state, setState] = useTableUrlState('compare', ['label', ...metricIds]);
  const query = viewQuery(all ? null : ids, state, metricIds);
  const view = useDatasetView('compare', query, metricIds, library, version);
  const { rows, notes } = useMemo(() => compareRows(view.rows, metricIds, m, d), [view.rows, m, d]);
  const byId = useMemo(() => new Map(view.rows.map((r) => [r.id, r])), [view.rows]);
  const [problem, setProblem] = useState('');
  const [stats, setStats] = useState<{ histogram: Histogram; top: readonly WindowRow[] } | null>(
    null,
  );

  useEffect(() => {
    let live = true;
    if (view.generation === 0) return;
    void ask({ type: 'stats', view: 'compare', metric: metricId, top: TOP }).then(
      (answer) => live && setStats(answer),
      () => live && setStats(null),
    );
    return () => {
      live = false;
    };
  }, [metricId, view.generation]);

  const renderLabel = (row: TableRow) => {
    const found = byId.get(row.id);
    if (!found) return row.label;
    return (
      <>
        <ReportLink row={found} onProblem={setProblem}>
          {row.label}
        </ReportLink>
        {found.synthetic ? (
          <span className="badge synthetic" title={d.syntheticNote}>
            {d.syntheticBadge}
          </span>
        ) : null}
      </>
    );
  };
  const name = metric ? metricHeader(metric, m) : '';
  const ranking: ChartDatum[] = (stats?.top ?? []).map((row) => ({
    key: row.id,
    label: `${row.agency} ${m.yearName(row.year)}`,
    values: {
      value: {
        value:
          typeof row.values[metricId] === 'number'
            ? Math.round((row.values[metricId] as number) * 10) / 10
            : null,
      },
    },
  }));
  const round = (n: number) => String(Math.round(n * 10) / 10);
  const distribution: ChartDatum[] = stats
    ? [
        ...stats.histogram.bins.map((bin, i) => ({
          key: `bin${i}`,
          label: bin.from === bin.to ? round(bin.from) : c.bin(round(bin.from), round(bin.to)),
          values: { count: { value: bin.count } },
        })),
        ...(stats.histogram.blank > 0
          ? [
              {
                key: 'blank',
                label: c.blankBin,
                values: { count: { value: stats.histogram.blank } },
              },
            ]
          : []),
      ]
    : [];

  return (
    <>
      <p role="status">{d.summary(summary.reports, summary.synthetic)}</p>
      {problem ? <p className="card notice">{problem}</p> : null}
      {view.error ? <p className="card notice">{d.failed(view.error)}</p> : null}
      {!all && ids.length === 0 ? <p>{c.empty}</p> : null}
      <div className="filters">
        {!all ? (
          <Link to={pathTo({ page: 'compare', reports: [], all: true })}>
            {d.compareAll(summary.reports)}
          </Link>
        ) : null}
        <Link to={pathTo({ page: 'library' })}>{m.backToLibrary}</Link>
        <DatasetDownloads
          view="compare"
          fileName="xxgk-compare"
          title={c.table}
          rowHeader={c.report}
          columns={columns}
        />
      </div>
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
        virtual={{
          matched: view.matched,
          total: view.total,
          offset: view.offset,
          onRange: view.onRange,
        }}
      />
      {metric ? (
        <section aria-labelledby="compare-charts">
          <div className="filters">
            <h2 id="compare-charts">{name}</h2>
            <label>
              {c.metric}
              <select value={metricId} onChange={(e) => setMetricId(e.target.value)}>
                {metricDefinitions.map((x) => (
                  <option key={x.id} value={x.id}>
                    {metricHeader(x, m)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {stats ? (
            <div className="trend-charts">
              <ChartFrame
                id="compare-ranking"
                title={`${c.ranking(name)} · ${d.top(TOP)}`}
                kind="horizontal-bar"
                data={ranking}
                series={[{ key: 'value', label: name }]}
                messages={cm}
              />
              <ChartFrame
                id="compare-distribution"
                title={c.distribution(name)}
                kind="bar"
                data={distribution}
                series={[{ key: 'count', label: c.reportsSeries }]}
                messages={cm}
              />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
