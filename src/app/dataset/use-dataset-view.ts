import { useCallback, useEffect, useRef, useState } from 'react';
import type { Query, WindowRow } from '../../dataset/dataset-table.ts';
import type { ViewName } from '../../dataset/worker-protocol.ts';
import type { Library } from '../../library/library.ts';
import { ask } from './dataset-client.ts';
import { localPart } from './local-part.ts';

/** Rows asked for before the table has said how many it shows (about a screenful). */
const FIRST_WINDOW = 20;
/**
 * How long the reader pauses before a dataset table's sort and filters are written to the
 * address (use-table-url-state.ts): each write draws the route anew.
 */
export const URL_PAUSE_MS = 400;
let sentLibrary: Library | null = null;

/**
 * Gives the worker the reports in the browser (once per library), to join the dataset's. Sent
 * as soon as the library is here, while the dataset may still be loading: the worker then
 * builds its table once, straight after reading the dataset.
 */
export function sendLibrary(library: Library): void {
  if (sentLibrary === library) return;
  sentLibrary = library;
  const { part, rows } = localPart(library);
  void ask({ type: 'local', part, rows });
}

export interface DatasetView {
  readonly matched: number;
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly WindowRow[];
  readonly onRange: (start: number, end: number, fits: number) => void;
  /** Bumped each time a query is answered. */
  readonly generation: number;
  /** Changes only when the rows matched change, not when they are only sorted anew. */
  readonly rowSet: number;
  readonly error: string | null;
  /** No query answered yet (the dataset is still being read). */
  readonly loading: boolean;
}

/**
 * A view of the worker's table: the query is sent whenever it changes, and only the rows the
 * table asks for (those on screen, and a few either side) come back. A later query or scroll
 * makes the answers to earlier ones moot: only the latest is drawn.
 */
export function useDatasetView(
  view: ViewName,
  query: Query,
  columns: readonly string[],
  library: Library,
  version: number,
): DatasetView {
  const [answer, setAnswer] = useState({ matched: 0, total: 0, generation: 0, rowSet: 0 });
  const [window, setWindow] = useState<{ offset: number; rows: readonly WindowRow[] }>({
    offset: 0,
    rows: [],
  });
  const [error, setError] = useState<string | null>(null);
  // The latest query, and the latest window asked for: older answers are not drawn.
  const latestQuery = useRef(0);
  const latestWindow = useRef(0);
  const range = useRef({ start: 0, end: FIRST_WINDOW, fits: FIRST_WINDOW });
  // The rows held, of the latest query answered; none while a query is on its way.
  const held = useRef<{ start: number; end: number } | null>(null);
  const key = JSON.stringify({ query, columns, version });
  const columnsKey = columns.join(',');

  useEffect(() => sendLibrary(library), [library]);

  useEffect(() => {
    let live = true;
    const { query: q } = JSON.parse(key) as { query: Query };
    const ticket = ++latestQuery.current;
    held.current = null;
    // The table's range as it is, with the query: the worker moves it up if the rows matched
    // end before it, and sends those rows with its answer: as many as the table draws (every
    // row drawn is drawn anew by a sort), however few the last query matched.
    const count = range.current.fits;
    void ask({
      type: 'query',
      view,
      query: q,
      window: { start: range.current.start, count, columns: columnsKey.split(',') },
    })
      .then(({ matched, total, rowSet, window: answered }) => {
        if (!live || ticket !== latestQuery.current) return;
        const { start, rows } = answered ?? { start: 0, rows: [] };
        latestWindow.current += 1;
        held.current = { start, end: start + rows.length };
        setError(null);
        setWindow({ offset: start, rows });
        setAnswer((a) => ({ matched, total, rowSet, generation: a.generation + 1 }));
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [key, view, columnsKey]);

  // Stable, so that the table's scroll handler is not set up anew with every answer.
  const onRange = useCallback(
    (start: number, end: number, fits: number) => {
      range.current = { start, end, fits };
      // The latest answer brought these rows already (a filter's new count sets the table's
      // range again): asking again would draw the same rows a second time.
      const rows = held.current;
      if (rows && start >= rows.start && end <= rows.end) return;
      held.current = null;
      const ticket = ++latestWindow.current;
      void ask({ type: 'window', view, start, count: end - start, columns: columnsKey.split(',') })
        .then(({ rows }) => {
          if (ticket !== latestWindow.current) return;
          held.current = { start, end: start + rows.length };
          setWindow({ offset: start, rows });
        })
        .catch((e: Error) => setError(e.message));
    },
    [view, columnsKey],
  );

  return { ...answer, ...window, onRange, error, loading: answer.generation === 0 && !error };
}
