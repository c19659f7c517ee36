import { Link, useParams } from 'react-router-dom';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { AgencyPage } from '../library/agency-page.tsx';
import { ComparePage } from '../library/compare-page.tsx';
import { LibraryGate } from '../library/library-gate.tsx';
import { LibraryPage } from '../library/library-page.tsx';
import { datasetState, useDatasetProbe, useDatasetState } from '../dataset/dataset-client.ts';
import { prefetchCompareAll } from '../dataset/dataset-compare-page.tsx';
import { loadLibrary } from '../library/use-library.ts';
import { DatasetComparePage } from '../dataset/dataset-compare-page.tsx';
import { DatasetLibraryPage } from '../dataset/dataset-library-page.tsx';
import { DatasetSwitch } from '../dataset/dataset-switch.tsx';
import { pathTo } from '../paths.ts';
import '../library/library.css';

// The pages across reports, in one module: they share nearly all their code, and one loader on
// the first route costs less of its budget than three.

/**
 * Ahead of a visit, while the app is idle and a dataset beside it is read (main.tsx): the
 * library is loaded and given to the dataset's worker, which joins it to the dataset's table
 * then, not once a page across reports has opened, and the comparison of every report asked
 * for its first rows, which it then draws at once.
 */
export async function warmUp(): Promise<void> {
  const state = await loadLibrary();
  const dataset = datasetState();
  if (state.status !== 'ready' || !('version' in dataset)) return;
  await prefetchCompareAll(state.library, dataset.version);
  // For the curious and the browser test: the read ahead is done.
  performance.mark('xxgk-read-ahead');
}

/** `#/reports`: every report the app has, built in and saved here, in one table. */
export function LibraryRoute() {
  const m = useMessages(libraryMessages);
  const dataset = useDatasetState();
  const withDataset =
    dataset.status === 'ready' || (dataset.status === 'loading' && dataset.summary);
  return (
    <main id="main" className="page wide-page library-page" tabIndex={-1}>
      <h1>{m.library.title}</h1>
      <p>{withDataset ? m.library.datasetIntro : m.library.intro}</p>
      <LibraryGate>
        {(library) => (
          <DatasetSwitch
            library={library}
            withDataset={(summary, version) => (
              <DatasetLibraryPage library={library} summary={summary} version={version} />
            )}
          >
            <LibraryPage library={library} />
          </DatasetSwitch>
        )}
      </LibraryGate>
    </main>
  );
}

/** `#/agencies/<agency>`: every report of one agency (its full name), oldest first. */
export function AgencyRoute() {
  const { agency = '' } = useParams();
  const m = useMessages(libraryMessages);
  return (
    <main id="main" className="page wide-page agency-page" tabIndex={-1}>
      <LibraryGate>
        {(library) =>
          library.agencies.has(agency) ? (
            <AgencyPage library={library} agency={agency} />
          ) : (
            <>
              <h1>{m.agency.unknownTitle}</h1>
              <p>{m.agency.unknownBody(agency)}</p>
              <Link to={pathTo({ page: 'library' })}>{m.backToLibrary}</Link>
            </>
          )
        }
      </LibraryGate>
    </main>
  );
}

/** `#/compare?reports=<id>~<id>~…`: the chosen reports side by side, metric by metric. */
export function CompareRoute() {
  const m = useMessages(libraryMessages);
  useDatasetProbe();
  return (
    <main id="main" className="page wide-page compare-page" tabIndex={-1}>
      <h1>{m.compare.title}</h1>
      <p>{m.compare.intro}</p>
      <LibraryGate>
        {(library) => (
          <DatasetSwitch
            library={library}
            withDataset={(summary, version) => (
              <DatasetComparePage library={library} summary={summary} version={version} />
            )}
          >
            <ComparePage library={library} />
          </DatasetSwitch>
        )}
      </LibraryGate>
    </main>
  );
}
