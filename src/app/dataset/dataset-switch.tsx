import type { ReactNode } from 'react';
import type { Summary } from '../../dataset/worker-protocol.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useDatasetState } from './dataset-client.ts';
import { OpenFromDisk } from './open-from-disk.tsx';

/**
 * The page with a dataset (beside the app, or opened from disk) when there is one, else the
 * page of the reports in the browser alone, with the way to open a dataset from disk (where the
 * browser has workers: the dataset is read in one).
 */
export function DatasetSwitch({
  withDataset,
  children,
}: {
  withDataset: (summary: Summary, version: number) => ReactNode;
  children: ReactNode;
}) {
  const state = useDatasetState();
  const d = useMessages(datasetMessages);
  if (state.status === 'ready') return withDataset(state.summary, state.version);
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
