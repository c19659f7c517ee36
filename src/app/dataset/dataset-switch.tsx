import { useDeferredValue, useEffect, type ReactNode } from 'react';
import type { Library } from '../../library/library.ts';
import type { Summary } from '../../dataset/worker-protocol.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useDatasetState } from './dataset-client.ts';
import { OpenFromDisk } from './open-from-disk.tsx';
import { sendLibrary } from './use-dataset-view.ts';

/**
 * The page with a dataset (beside the app, or opened from disk) when there is one, else the
 * page of the reports in the browser alone, with the way to open a dataset from disk (where the
 * browser has workers: the dataset is read in one).
 */
export function DatasetSwitch({
  library,
  withDataset,
  children,
}: {
  library: Library;
  withDataset: (summary: Summary, version: number) => ReactNode;
  children: ReactNode;
}) {
  // The page with the dataset is drawn in slices that leave the browser free between them (a
  // deferred value renders in the background), not in one task of 60 ms when the worker answers.
  const live = useDatasetState();
  const state = useDeferredValue(live);
  const d = useMessages(datasetMessages);
  const withWorker = live.status === 'loading' || live.status === 'ready';
  useEffect(() => {
    if (withWorker) sendLibrary(library);
  }, [withWorker, library]);
  const summary = state.status === 'ready' || state.status === 'loading' ? state.summary : null;
  if (summary && 'version' in state) return withDataset(summary, state.version);
  if (state.status === 'loading' || state.status === 'unknown') {
    return (
      <p className="loading" role="status">
        {d.loading}
      </p>
    );
  }
  return (
    <>
      {children}
      {typeof Worker !== 'undefined' ? <OpenFromDisk /> : null}
    </>
  );
}
