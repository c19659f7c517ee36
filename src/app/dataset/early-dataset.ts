// The dataset worker and the request for the dataset's index, started as early as the app can:
// main.tsx starts them before anything else when the address opens the library or the
// comparison. Waiting for the page's code to ask for them put them after the first report's
// load and checks, which hold the page's thread: the worker started 300 ms later. Part of the
// first route, so kept to the least (the client, dataset-client.ts, comes with the pages).

let worker: Worker | undefined;
let index: Promise<Response> | undefined;

/** Where the dataset beside the app is, as an absolute address (the worker runs in assets/). */
export const datasetBase = (): string =>
  new URL(`${import.meta.env.BASE_URL}data/dataset/`, document.baseURI).href;

/** Whether this browser can read a dataset: it is read in a worker (jsdom, for one, has none). */
export const canReadDataset = (): boolean => typeof Worker !== 'undefined';

/** The app's one dataset worker, started on the first call. */
export function datasetWorker(): Worker {
  worker ??= new Worker(new URL('../../dataset/dataset-worker.ts', import.meta.url), {
    type: 'module',
    name: 'xxgk-dataset',
  });
  return worker;
}

/** Stops the worker (there is no dataset); a later call to `datasetWorker` starts another. */
export function stopDatasetWorker(): void {
  worker?.terminate();
  worker = undefined;
}

/**
 * The request for `data/dataset/index.json` beside the app, made once while it succeeds: one
 * that failed (a network error, a server's error) is made again when next asked for.
 */
export function datasetIndex(): Promise<Response> {
  const forget = () => (index = undefined);
  index ??= fetch(`${datasetBase()}index.json`).then(
    (response) => {
      if (!response.ok) forget();
      return response;
    },
    (error: unknown) => {
      forget();
      throw error;
    },
  );
  return index;
}

/**
 * Whether a dataset with reports is beside the app (its index read; not the empty one the app
 * ships with, nor a page a server sends for any address), without the client's code.
 */
export async function datasetBeside(): Promise<boolean> {
  if (!canReadDataset()) return false;
  const response = await datasetIndex();
  try {
    // A copy: the client reads the index's own body.
    return response.ok && (JSON.parse(await response.clone().text()) as Index).reports > 0;
  } catch {
    return false;
  }
}
type Index = { reports: number };

/**
 * Starts the worker and asks for the index, side by side, before the app's first render; the
 * client opens the dataset with them when its code comes.
 */
export function startDatasetEarly(): void {
  if (!canReadDataset()) return;
  datasetWorker();
  // A failure is the client's to report, when it reads the same promise.
  datasetIndex().catch(() => undefined);
}
