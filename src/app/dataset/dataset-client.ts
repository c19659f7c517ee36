import { useEffect, useSyncExternalStore } from 'react';
import type { DatasetSource } from '../../dataset/dataset-source.ts';
import type { Answer, Reply, Request, Summary } from '../../dataset/worker-protocol.ts';

// The page's side of the dataset worker: one worker for the app's life (the library and the
// comparison share what it has read), requests answered by promise, and what the pages know
// of the dataset (none, loading, ready with its summary, failed) as a small external store.

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../dataset/dataset-worker.ts', import.meta.url), {
      type: 'module',
      name: 'xxgk-dataset',
    });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.answer);
      else waiting?.reject(new Error(reply.message));
    };
  }
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
  | { readonly status: 'unknown' | 'absent' | 'loading' }
  | { readonly status: 'ready'; readonly summary: Summary; readonly version: number }
  | { readonly status: 'error'; readonly message: string };

let state: DatasetState = { status: 'unknown' };
const listeners = new Set<() => void>();
const set = (next: DatasetState) => {
  state = next;
  for (const listener of listeners) listener();
};
let version = 0;

/** Opens a dataset in the worker (the one beside the app, or files from disk). */
export async function openDataset(source: DatasetSource): Promise<void> {
  set({ status: 'loading' });
  try {
    const { summary } = await ask({ type: 'open', source });
    version += 1;
    set({ status: 'ready', summary, version });
  } catch (error) {
    set({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Beside the app, as an absolute address: the worker would read a relative one from assets/. */
const beside = () => new URL(`${import.meta.env.BASE_URL}data/dataset/`, document.baseURI).href;

/**
 * Looks for a dataset beside the app (`data/dataset/index.json`) once, and opens it. Only where
 * workers exist: the dataset is read in one (jsdom, for one, has none).
 */
function probe() {
  if (state.status !== 'unknown') return;
  if (typeof Worker === 'undefined') {
    set({ status: 'absent' });
    return;
  }
  set({ status: 'loading' });
  const base = beside();
  void fetch(`${base}index.json`).then(
    (response) => (response.ok ? openDataset({ kind: 'url', base }) : set({ status: 'absent' })),
    () => set({ status: 'absent' }),
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Looks for a dataset beside the app, from a page's first render: the reports in the browser
 * load meanwhile, rather than before it.
 */
export function useDatasetProbe(): void {
  useEffect(probe, []);
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
