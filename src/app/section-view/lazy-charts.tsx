import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type ReactNode,
} from 'react';

// recharts stays off the first route: charts load when a page with a chart is opened.
const LazyChartFrame = lazy(() => import('../../components/charts/chart-frame.tsx'));
const LazySankeyChart = lazy(() => import('../../components/charts/sankey-chart.tsx'));

const placeholder = <div className="chart-placeholder" aria-busy="true" />;
const subscribeToNothing = () => () => undefined;

/**
 * False while the page is prerendered and while the browser takes the prerendered page over,
 * true after: charts are drawn in the browser only (they measure their box), and their code
 * is not needed to take the page over.
 */
function useClientOnly(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/** Settles when the chart before this one is drawn (or gone); a new chart queues behind. */
let lastTurn: Promise<void> = Promise.resolve();

/**
 * Charts are drawn one at a time, each in a task of its own once the one before it is on the
 * page: drawn together, a section's charts are one long task during which the page cannot
 * respond (the applications page's three took about 170 ms). Returns whether it is this
 * chart's turn, and the function to call once it is drawn.
 */
function useTurn(): [boolean, () => void] {
  const [turn, setTurn] = useState(false);
  const finish = useRef<() => void>(() => undefined);
  const [drawn] = useState(() => () => finish.current());
  useEffect(() => {
    let mounted = true;
    let release: () => void = () => undefined;
    const drawn = new Promise<void>((resolve) => (release = resolve));
    const before = lastTurn;
    lastTurn = before.then(() => drawn);
    // A task of its own: the browser paints and answers input between two charts.
    finish.current = () => {
      setTimeout(release, 0);
    };
    void before.then(() => {
      if (mounted) startTransition(() => setTurn(true));
      else release();
    });
    return () => {
      mounted = false;
      release();
    };
  }, []);
  return [turn, drawn];
}

/** Calls `onDrawn` once its siblings are on the page (its effect runs after their commit). */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => {
    onDrawn();
  }, [onDrawn]);
  return null;
}

function Deferred({ children }: { children: (drawn: () => void) => ReactNode }) {
  const client = useClientOnly();
  const [turn, drawn] = useTurn();
  if (!client || !turn) return placeholder;
  return <Suspense fallback={placeholder}>{children(drawn)}</Suspense>;
}

export function ChartFrame(props: ComponentProps<typeof LazyChartFrame>) {
  return (
    <Deferred>
      {(drawn) => (
        <>
          <LazyChartFrame {...props} />
          <Drawn onDrawn={drawn} />
        </>
      )}
    </Deferred>
  );
}

export function SankeyChart(props: ComponentProps<typeof LazySankeyChart>) {
  return (
    <Deferred>
      {(drawn) => (
        <>
          <LazySankeyChart {...props} />
          <Drawn onDrawn={drawn} />
        </>
      )}
    </Deferred>
  );
}
