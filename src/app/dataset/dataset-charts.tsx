import { memo, useMemo } from 'react';
import type { ChartDatum } from '../../components/charts/chart-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import { chartMessages } from '../../i18n/chart-messages.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import type { Histogram } from '../../library/histogram.ts';
import { metricDefinitions } from '../../library/metric-catalogue.ts';
import { metricHeader } from '../library/compare-table.ts';
import { ChartFrame } from '../section-view/lazy-charts.tsx';
import { useDrawnAfter } from './use-drawn-after.ts';

/** A metric over the rows a view matches, from the worker: its distribution, the highest rows. */
export interface DatasetStats {
  readonly histogram: Histogram;
  readonly top: readonly WindowRow[];
}

const round = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The comparison's charts of one metric. Memoised: the page draws anew with every sort, filter
 * and scroll of its table, and a chart's labels are measured and wrapped each time it is drawn.
 */
export const DatasetCharts = memo(function DatasetCharts({
  metricId,
  onMetric,
  stats,
  top,
}: {
  metricId: string;
  onMetric: (id: string) => void;
  stats: DatasetStats | null;
  top: number;
}) {
  const m = useMessages(libraryMessages);
  const d = useMessages(datasetMessages);
  const cm = useMessages(chartMessages);
  const c = m.compare;
  const metric = metricDefinitions.find((x) => x.id === metricId) ?? metricDefinitions[0];
  const name = metric ? metricHeader(metric, m) : '';
  const ranking = useMemo(
    (): ChartDatum[] =>
      (stats?.top ?? []).map((row) => {
        const value = row.values[metricId];
        return {
          key: row.id,
          label: `${row.agency} ${m.yearName(row.year)}`,
          values: {
            value: { value: typeof value === 'number' ? Math.round(value * 10) / 10 : null },
          },
        };
      }),
    [stats, metricId, m],
  );
  // The same objects while the name is: a chart given new ones draws itself anew.
  const rankingSeries = useMemo(() => [{ key: 'value', label: name }], [name]);
  if (!metric) return null;
  return (
    <section aria-labelledby="compare-charts">
      <div className="filters">
        <h2 id="compare-charts">{name}</h2>
        <label>
          {c.metric}
          <select value={metricId} onChange={(e) => onMetric(e.target.value)}>
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
            title={`${c.ranking(name)} · ${d.top(top)}`}
            kind="horizontal-bar"
            data={ranking}
            series={rankingSeries}
            messages={cm}
          />
          <Distribution stats={stats} name={name} />
        </div>
      ) : null}
    </section>
  );
});

/**
 * The distribution, drawn a frame after the ranking (see use-drawn-after.ts): a component of
 * its own, so that its later drawing does not draw the ranking again.
 */
const Distribution = memo(function Distribution({
  stats,
  name,
}: {
  stats: DatasetStats;
  name: string;
}) {
  const m = useMessages(libraryMessages);
  const cm = useMessages(chartMessages);
  const c = m.compare;
  // Its first drawing too comes a frame after the ranking's.
  const spread = useDrawnAfter<DatasetStats | null>(stats, null);
  const distribution = useMemo(
    (): ChartDatum[] =>
      spread
        ? [
            ...spread.histogram.bins.map((bin, i) => ({
              key: `bin${i}`,
              label: bin.from === bin.to ? round(bin.from) : c.bin(round(bin.from), round(bin.to)),
              values: { count: { value: bin.count } },
            })),
            ...(spread.histogram.blank > 0
              ? [
                  {
                    key: 'blank',
                    label: c.blankBin,
                    values: { count: { value: spread.histogram.blank } },
                  },
                ]
              : []),
          ]
        : [],
    [spread, c],
  );
  const series = useMemo(() => [{ key: 'count', label: c.reportsSeries }], [c]);
  if (!spread) return null;
  return (
    <ChartFrame
      id="compare-distribution"
      title={c.distribution(name)}
      kind="bar"
      data={distribution}
      series={series}
      messages={cm}
    />
  );
});
