import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableRow } from '../../components/tables/table-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import type { Summary } from '../../dataset/worker-protocol.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import type { Library } from '../../library/library.ts';
import { metricDefinitions } from '../../library/metric-catalogue.ts';
import { metricHeader } from '../library/compare-table.ts';
import { useSelection } from '../library/use-selection.ts';
import { pathTo } from '../paths.ts';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';
import { ask } from './dataset-client.ts';
import { DatasetCharts, type DatasetStats } from './dataset-charts.tsx';
import { DatasetDownloads } from './dataset-downloads.tsx';
import { compareRows } from './dataset-rows.ts';
import { useReportLinks } from './report-link.tsx';
import { parseTableViewState } from '../../components/tables/table-view-state.ts';
import { urlKeyOf } from '../section-view/table-ids.ts';
import { prefetchView, URL_PAUSE_MS, useDatasetView } from './use-dataset-view.ts';
import { viewQuery } from './view-query.ts';

const metricIds = metricDefinitions.map((d) => d.id);
const TOP = 20;
/** How long the reader pauses before the charts follow the table. */
const CHART_PAUSE_MS = 250;

/**
 * The first rows of the comparison of every report (`#/compare?all=1`, sorted and filtered as
 * an address with no table state says), asked ahead of its page while the app is idle.
 */
export function prefetchCompareAll(library: Library, version: number): Promise<void> {
  const state = parseTableViewState(new URLSearchParams(), urlKeyOf('compare'), [
    'label',
    ...metricIds,
  ]);
  return prefetchView('compare', viewQuery(null, state, metricIds), metricIds, library, version);
}

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
  const c = m.compare;
  const [params] = useSearchParams();
  const all = params.get('all') === '1';
  const [ids] = useSelection('reports');
  const [metricId, setMetricId] = useUrlParam(
    'metric',
    oneOf(metricIds, 'disclosureRate'),
    'disclosureRate',
  );
  const columns = useMemo(
    () =>
      metricDefinitions.map((x) => ({
        id: x.id,
        header: metricHeader(x, m),
        group: c.groups[x.group] ?? x.group,
      })),
    [m, c],
  );
  const [state, setState] = useTableUrlState('compare', ['label', ...metricIds], URL_PAUSE_MS);
  const query = viewQuery(all ? null : ids, state, metricIds);
  const view = useDatasetView('compare', query, metricIds, library, version);
  const { rows, notes } = useMemo(() => compareRows(view.rows, metricIds, m, d), [view.rows, m, d]);
  const toRows = useCallback(
    (all: readonly WindowRow[]) => compareRows(all, metricIds, m, d).rows,
    [m, d],
  );
  const byId = useMemo(() => new Map(view.rows.map((r) => [r.id, r])), [view.rows]);
  const [problem, setProblem] = useState('');
  const link = useReportLinks(setProblem);
  const { matched, total, offset, onRange, loading } = view;
  const { key: place } = useLocation();
  const virtual = useMemo(
    () => ({ matched, total, offset, onRange, loading, place }),
    [matched, total, offset, onRange, loading, place],
  );
  // The router's setter changes with every address (each sort is in it): the charts get one
  // that does not, so that they are not drawn anew with the table.
  const setMetric = useRef(setMetricId);
  useEffect(() => {
    setMetric.current = setMetricId;
  }, [setMetricId]);
  const onMetric = useCallback((id: string) => setMetric.current(id), []);
  const [stats, setStats] = useState<DatasetStats | null>(null);

  // The charts follow the rows matched, not their order (a sort leaves them be), once the
  // reader pauses, and draw in a transition: the table's new rows come first.
  const { generation, rowSet } = view;
  useEffect(() => {
    if (generation === 0) return;
    let live = true;
    const timer = setTimeout(() => {
      void ask({ type: 'stats', view: 'compare', metric: metricId, top: TOP }).then(
        (answer) => live && startTransition(() => setStats(answer)),
        () => live && setStats(null),
      );
    }, CHART_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `generation` only to start: later answers with the same rows change nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [metricId, rowSet, generation > 0]);

  // Stable while the rows are: the table's rows are memoised, and a new function draws them all.
  const renderLabel = useCallback(
    (row: TableRow) => {
      const found = byId.get(row.id);
      if (!found) return row.label;
      // The year apart from the name: on one line a long name gives way to it (see library.css).
      return (
        <span className="library-label">
          {link(
            found,
            <>
              <span className="label-name">{found.agency}</span> {m.yearName(found.year)}
            </>,
          )}
          {found.synthetic ? (
            <span className="badge synthetic" title={d.syntheticNote}>
              <span className="badge-short" aria-hidden="true">
                {d.syntheticShort}
              </span>
              <span className="badge-long">{d.syntheticBadge}</span>
            </span>
          ) : null}
        </span>
      );
    },
    [byId, d, link, m],
  );
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
          toRows={toRows}
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
        virtual={virtual}
      />
      <DatasetCharts metricId={metricId} onMetric={onMetric} stats={stats} top={TOP} />
    </>
  );
}
