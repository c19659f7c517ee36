import { useEffect, useSyncExternalStore } from 'react';
import { DatasetProblem, problemOf, type OpenProblem } from '../../dataset/dataset-problem.ts';
import type { DatasetSource } from '../../dataset/dataset-source.ts';
import type { Answer, Reply, Request, Summary } from '../../dataset/worker-protocol.ts';
import {
  canReadDataset,
  datasetBase,
  datasetIndex,
  datasetWorker,
  stopDatasetWorker,
} from './early-dataset.ts';

// The page's side of the dataset worker: one worker for the app's life (the library and the
// comparison share what it has read), requests answered by promise, and what the pages know
// of the dataset (none, loading, ready with its summary, failed) as a small external store.

let nextId = 1;
const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

const onReply = (event: MessageEvent<Reply>) => {
  const reply = event.data;
  const waiting = pending.get(reply.id);
  pending.delete(reply.id);
  if (reply.ok) waiting?.resolve(reply.answer);
  else
    waiting?.reject(reply.problem ? new DatasetProblem(reply.problem) : new Error(reply.message));
};

/** The worker (perhaps started early, by main.tsx), its answers taken here. */
function theWorker(): Worker {
  const worker = datasetWorker();
  worker.onmessage = onReply;
  return worker;
}

/** One request to the worker, and its answer (of the request's own type). */
export function ask<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
): Promise<Extract<Answer, { type: T }>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (a: Answer) => void, reject });
    theWorker().postMessage({ id, request });
  });
}

export type DatasetState =
  | { readonly status: 'unknown' | 'absent' }
  /**
   * Being read. With the dataset's index already read (beside the app) its summary is known and
   * the pages draw themselves meanwhile: their first queries wait in the worker behind the read.
   */
  | { readonly status: 'loading'; readonly summary: Summary | null; readonly version: number }
  | {
      readonly status: 'ready';
      readonly summary: Summary;
      readonly version: number;
      /** Another dataset the reader opened that did not open: this one was kept. */
      readonly failed?: Failure;
    }
  | ({ readonly status: 'error' } & Failure);

/** Why a dataset did not open: the message, and what and where as data if the worker said. */
export interface Failure {
  readonly message: string;
  readonly problem?: OpenProblem | undefined;
}

const failureOf = (error: unknown): Failure => ({
  message: error instanceof Error ? error.message : String(error),
  problem: problemOf(error),
});

let state: DatasetState = { status: 'unknown' };
const listeners = new Set<() => void>();
const set = (next: DatasetState) => {
  state = next;
  for (const listener of listeners) listener();
};
let version = 0;
let probed = false;
/**
 * The dataset the worker holds: the last that opened, whether or not its answer was shown (a
 * later open may have been asked for meanwhile). The worker opens one at a time, in order, and
 * keeps its table until a new one has been read whole.
 */
let held: { readonly summary: Summary; readonly version: number } | null = null;

/**
 * Opens a dataset in the worker (the one beside the app, or files from disk). A dataset already
 * held stays on show meanwhile, and stays if the new one does not open, even with another open
 * still being read when it was asked for: what the reader had is not lost to a bad file.
 */
export async function openDataset(
  source: DatasetSource,
  early: Summary | null = null,
): Promise<void> {
  version += 1;
  const mine = version;
  set(
    held
      ? { status: 'loading', summary: held.summary, version: held.version }
      : { status: 'loading', summary: early, version: mine },
  );
  try {
    const { summary } = await ask({ type: 'open', source });
    held = { summary, version: mine };
    if (mine === version) set({ status: 'ready', summary, version: mine });
  } catch (error) {
    if (mine !== version) return;
    const failure = failureOf(error);
    set(held ? { status: 'ready', ...held, failed: failure } : { status: 'error', ...failure });
  }
}

/** What an index.json says of its dataset, before the worker has checked it; null if unclear. */
export function indexSummary(text: string): Summary | null {
  try {
    const index = JSON.parse(text) as { reports?: unknown; synthetic?: unknown; shards?: unknown };
    const { reports, synthetic, shards } = index;
    if (typeof reports !== 'number' || typeof synthetic !== 'number' || !Array.isArray(shards))
      return null;
    return { reports, synthetic, shards: shards.length, requests: 0, bytes: 0 };
  } catch {
    return null;
  }
}

/**
 * Looks for a dataset beside the app (`data/dataset/index.json`) once, and opens it. Only where
 * workers exist: the dataset is read in one (jsdom, for one, has none).
 */
export function probeDataset(): void {
  if (probed) return;
  probed = true;
  if (!canReadDataset()) {
    set({ status: 'absent' });
    return;
  }
  const base = datasetBase();
  // The worker starts meanwhile (on its own thread), and is stopped if there is no dataset.
  theWorker();
  const absent = () => {
    if (pending.size === 0) stopDatasetWorker();
    set({ status: 'absent' });
  };
  void datasetIndex()
    .then(async (response) => {
      if (!response.ok) return absent();
      const indexText = await response.text();
      const summary = indexSummary(indexText);
      // The app's own empty index: no dataset (published, one replaces it).
      if (summary?.reports === 0 && summary.shards === 0) return absent();
      return openDataset({ kind: 'url', base, indexText }, summary);
    })
    .catch(absent);
}

/**
 * The largest dataset beside the app read while the app is idle, before a page asks for it: for
 * 10,000 reports the read is some 1.5 MB of the shards and tens of MB in the worker.
 */
export const WARM_REPORTS = 20_000;

const savesData = () =>
  (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Reads the dataset beside the app ahead of the pages across reports, while the app is idle on
 * another page: the library and the comparison then open on it at once. Only a dataset of at
 * most WARM_REPORTS reports (a larger one waits for its pages), not where the reader asked the
 * browser to save data, and nothing if a page has already looked. Resolves whether it read.
 */
export async function warmDataset(limit = WARM_REPORTS): Promise<boolean> {
  if (probed || !canReadDataset() || savesData()) return false;
  const response = await datasetIndex().catch(() => null);
  // No dataset, or the index unread: the pages look again (a failed request is made again).
  if (probed || !response?.ok) return false;
  // A copy: the probe reads the index's own body.
  const summary = indexSummary(await response.clone().text());
  if (probed || !summary || summary.reports === 0 || summary.reports > limit) return false;
  probeDataset();
  return true;
}

/** The dataset's state now (outside React). */
export const datasetState = (): DatasetState => state;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Looks for a dataset beside the app, from a page's first render: the reports in the browser
 * load meanwhile, rather than before it.
 */
export function useDatasetProbe(): void {
  useEffect(probeDataset, []);
}

/** The dataset's state; the first call looks for one beside the app. */
export function useDatasetState(): DatasetState {
  useDatasetProbe();
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}
