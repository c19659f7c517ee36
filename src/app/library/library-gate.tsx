import { useDeferredValue, type ReactNode } from 'react';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import type { Library } from '../../library/library.ts';
import type { LoadFailure } from '../../store/reports-store.ts';
import { useLibrary } from './use-library.ts';

function FailureItem({ name, failure }: { name: string; failure: LoadFailure }) {
  const app = useMessages(appMessages);
  return (
    <li>
      {name} ({app.file}: <code>{failure.file}</code>)
      <ul>
        {failure.errors.map((e, i) => (
          <li key={i}>
            {e.path ? <code>{e.path}</code> : null} {app.text(e)}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * Draws `children` once every report is loaded, saying meanwhile that they are loading; the
 * reports that could not be loaded are listed with why, and the rest are shown all the same.
 */
export function LibraryGate({ children }: { children: (library: Library) => ReactNode }) {
  // The pages across reports are drawn in slices that leave the browser free between them (a
  // deferred value renders in the background), not in the task that read the last report.
  const state = useDeferredValue(useLibrary());
  const m = useMessages(libraryMessages);
  const app = useMessages(appMessages);
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {m.loadingAll}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <section className="load-error" role="alert">
        <h2>{app.loadFailed}</h2>
        <ul>
          <FailureItem name="index.json" failure={state.failure} />
        </ul>
        {state.failure.retryable ? (
          <button type="button" onClick={state.retry}>
            {app.retry}
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <>
      {state.savedError ? (
        <p className="card notice">{m.savedUnavailable(m.text(state.savedError))}</p>
      ) : null}
      {state.failures.length > 0 ? (
        <section className="load-error" role="alert" aria-labelledby="library-failures">
          <h2 id="library-failures">{m.failuresTitle}</h2>
          <ul>
            {state.failures.map(({ entry, failure }) => (
              <FailureItem
                key={entry.id}
                name={`${entry.agency} ${m.yearName(entry.year)}`}
                failure={failure}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {children(state.library)}
    </>
  );
}
