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
  const spread = useDrawnAfter(stats);
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
            series={[{ key: 'value', label: name }]}
            messages={cm}
          />
          {spread ? (
            <ChartFrame
              id="compare-distribution"
              title={c.distribution(name)}
              kind="bar"
              data={distribution}
              series={[{ key: 'count', label: c.reportsSeries }]}
              messages={cm}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
