import { useMessages } from '../../i18n/i18n-context.tsx';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { openDataset, useDatasetState, type Failure } from './dataset-client.ts';
import { problemText } from './problem-text.ts';

/** Opens a dataset from disk: its folder, its files, or one Parquet file. */
export function OpenFromDisk() {
  const d = useMessages(datasetMessages);
  const state = useDatasetState();
  const open = (files: FileList | null) => {
    if (files && files.length > 0) void openDataset({ kind: 'files', files: [...files] });
  };
  const why = (failure: Failure) =>
    d.failed(failure.problem ? problemText(failure.problem, d.problems) : failure.message);
  return (
    <section className="card dataset-open" aria-labelledby="dataset-open">
      <h2 id="dataset-open">{d.openTitle}</h2>
      <p>{d.openIntro}</p>
      <label className="dataset-pick">
        {d.openFolder}
        <input
          type="file"
          // A folder: every file in it (index.json and the shards).
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => open(e.target.files)}
        />
      </label>{' '}
      <label className="dataset-pick">
        {d.openFiles}
        <input
          type="file"
          multiple
          accept=".parquet,.json"
          onChange={(e) => open(e.target.files)}
        />
      </label>
      <p role="status">
        {state.status === 'loading'
          ? d.loading
          : state.status === 'error'
            ? why(state)
            : state.status === 'ready' && state.failed
              ? d.failedKept(why(state.failed))
              : ''}
      </p>
    </section>
  );
}
