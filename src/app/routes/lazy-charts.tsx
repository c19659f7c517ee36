import { lazy, Suspense, type ComponentProps } from 'react';

// recharts stays off the first route: charts load when a page with a chart is opened.
const LazyChartFrame = lazy(() => import('../../components/charts/chart-frame.tsx'));
const LazySankeyChart = lazy(() => import('../../components/charts/sankey-chart.tsx'));

export function ChartFrame(props: ComponentProps<typeof LazyChartFrame>) {
  return (
    <Suspense fallback={<div className="chart-placeholder" aria-busy="true" />}>
      <LazyChartFrame {...props} />
    </Suspense>
  );
}

export function SankeyChart(props: ComponentProps<typeof LazySankeyChart>) {
  return (
    <Suspense fallback={<div className="chart-placeholder" aria-busy="true" />}>
      <LazySankeyChart {...props} />
    </Suspense>
  );
}
