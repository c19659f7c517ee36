import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { datasetBeside, startDatasetEarly } from './app/dataset/early-dataset.ts';
import { whenPageDrawn } from './app/page-drawn.ts';
import { placeOf } from './app/paths.ts';
import { warmAcrossReports } from './app/pages.ts';
import { preloadPageFor } from './app/router.tsx';
import { collectEarlyActions, replayEarlyActions } from './prerender/early-actions.ts';
import {
  indexFingerprint,
  reportFingerprint,
  routeOf,
  shownSnapshot,
  type SnapshotMark,
} from './prerender/snapshot.ts';
import { usePreferences } from './store/preferences-store.ts';
import { useReports } from './store/reports-store.ts';

/**
 * Requests, side by side and before the first render, what the address opens on: the page's
 * code, the report list, then the report (the default report's overview when the address
 * names none). Resolves when they have arrived or failed; the pages show failures.
 */
async function open(hash: string): Promise<void> {
  const page = preloadPageFor(hash);
  const { loadIndex, loadReport } = useReports.getState();
  await loadIndex();
  const { index } = useReports.getState();
  if (index?.status === 'ready') {
    const id = /^#\/reports\/([^/?]+)/.exec(hash)?.[1] ?? index.data.default;
    const entry = index.data.reports.find((r) => r.id === id);
    if (entry) await loadReport(entry);
  }
  await page;
}

/** How long a held-back click waits for its page to be taken over (a page that never is). */
const PAGE_PATIENCE_MS = 3_000;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a prerendered page waits for its data before the app starts without it. */
const PATIENCE_MS = 10_000;

/**
 * Whether the prerendered page on show is still true once the data has arrived: same report
 * list, same report (fingerprints of what the build drew it from), still Chinese, and the
 * address still the one it shows. Otherwise the app renders afresh, replacing it.
 */
async function snapshotHolds(snapshot: SnapshotMark, opening: Promise<void>): Promise<boolean> {
  const arrived = await Promise.race([
    opening.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PATIENCE_MS)),
  ]);
  if (!arrived) return false;
  const route = routeOf(window.location.hash);
  const { index, reports } = useReports.getState();
  const loaded = reports[snapshot.reportId];
  return (
    (route === snapshot.route || (route === '/' && snapshot.isDefault)) &&
    usePreferences.getState().lang === 'zh' &&
    index?.status === 'ready' &&
    indexFingerprint(index.data) === snapshot.index &&
    loaded?.status === 'ready' &&
    reportFingerprint(loaded.data) === snapshot.report
  );
}

/**
 * Takes over the prerendered page on show if it still holds, or renders the app afresh. (An
 * async function, not top-level await: the bundler splits a module with top-level await, and
 * everything it imports, into many more files.)
 */
async function start(): Promise<void> {
  const container = document.getElementById('root') as HTMLElement;
  const snapshot = shownSnapshot(container);
  // The other prerendered pages are not needed any more.
  for (const block of document.querySelectorAll('script[data-snapshot]')) block.remove();
  const opening = open(window.location.hash);

  if (snapshot && (await snapshotHolds(snapshot, opening))) {
    // What the reader did on the page while the app was on its way: carried out once React
    // has taken over these very elements.
    const replay = () =>
      void Promise.race([whenPageDrawn(), pause(PAGE_PATIENCE_MS)]).then(() =>
        replayEarlyActions(container, collectEarlyActions(container)),
      );
    // The bare address shows the default report's overview: say so, as the app would.
    if (routeOf(window.location.hash) === '/') {
      window.history.replaceState(window.history.state, '', `#${snapshot.route}`);
    }
    // As a transition, React takes the page over in slices that leave the browser free to
    // respond between them; the page is already drawn, so nothing waits on it.
    startTransition(() => {
      hydrateRoot(container, <App onReady={replay} />);
    });
  } else {
    // The page is drawn afresh: what was done on the prerendered one is read before it goes.
    const early = snapshot ? collectEarlyActions(container) : null;
    const replay = early ? () => replayEarlyActions(container, early) : undefined;
    // As a transition too: the first render comes in slices, the browser free between them
    // (rendered at once it was one task of up to 70 ms).
    const root = createRoot(container);
    startTransition(() => root.render(<App onReady={replay} />));
  }
}

/**
 * Once the first page is drawn and the browser is idle: a small dataset beside the app is read,
 * the code of the pages across reports fetched and the library given to the dataset's worker,
 * so that the library and the comparison open on it at once (without this, the comparison of
 * 10,000 reports took some 340 ms from its link here). The client's code only where there is
 * a dataset; a large one is left to its pages (warmDataset).
 */
async function warmUp(): Promise<void> {
  if (!(await datasetBeside())) return;
  const client = await import('./app/dataset/dataset-client.ts');
  if (await client.warmDataset()) await warmAcrossReports();
}

// The library and the comparison read the dataset beside the app, if there is one: its worker
// and index first, on their own thread and connection, while the page's thread is busy.
const opensOn = placeOf(window.location.hash.replace(/^#/, ''))?.page;
if (opensOn === 'library' || opensOn === 'compare') startDatasetEarly();
// The rest in a task of its own. Evaluating this script is already one long task on a slow
// machine (40–70 ms, mostly compiling), and the start added 10–15 ms to it: the requests for
// the page's code (a modulepreload link for each file), the report list and the first render.
setTimeout(() => void start(), 0);
// A failure is the pages' to say, when they read the dataset themselves.
void whenPageDrawn().then(() =>
  (window.requestIdleCallback ?? setTimeout)(() => void warmUp().catch(() => undefined)),
);
