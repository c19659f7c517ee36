import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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

/** A view's latest answer, and what it answered: a page opened again on it draws it at once. */
interface Answered {
  readonly key: string;
  readonly library: Library;
  readonly matched: number;
  readonly total: number;
  readonly rowSet: number;
  readonly offset: number;
  readonly rows: readonly WindowRow[];
  /** How many rows were asked for (the table's range then). */
  readonly count: number;
}
const answered = new Map<ViewName, Answered>();
/** The views a page has asked its own query of: a query asked ahead must not replace it. */
const asked = new Set<ViewName>();

const viewKey = (query: Query, columns: readonly string[], version: number) =>
  JSON.stringify({ query, columns, version });

/** Whether two answers show the same rows, in the same places, with the same values. */
const sameAnswer = (a: Answered, b: Answered) =>
  a.matched === b.matched &&
  a.total === b.total &&
  a.rowSet === b.rowSet &&
  a.offset === b.offset &&
  JSON.stringify(a.rows) === JSON.stringify(b.rows);

/** Asks the worker a view's query and its first window, and keeps the answer as the view's. */
async function askView(
  view: ViewName,
  query: Query,
  columns: readonly string[],
  library: Library,
  version: number,
  start: number,
  count: number,
): Promise<Answered> {
  const { matched, total, rowSet, window } = await ask({
    type: 'query',
    view,
    query,
    window: { start, count, columns: [...columns] },
  });
  const answer: Answered = {
    key: viewKey(query, columns, version),
    library,
    matched,
    total,
    rowSet,
    offset: window?.start ?? 0,
    rows: window?.rows ?? [],
    count,
  };
  answered.set(view, answer);
  return answer;
}

/**
 * Asks a view's first rows ahead of its page (the app idle, the dataset read ahead): the page,
 * opened on the same query, library and dataset, draws them in its first render, with no round
 * trip to the worker before it.
 */
export async function prefetchView(
  view: ViewName,
  query: Query,
  columns: readonly string[],
  library: Library,
  version: number,
): Promise<void> {
  // A page came first: the worker holds its query for the view (its scrolling, charts and
  // downloads read that), which this one would replace.
  if (asked.has(view)) return;
  sendLibrary(library);
  await askView(view, query, columns, library, version, 0, FIRST_WINDOW);
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
  const key = viewKey(query, columns, version);
  const columnsKey = columns.join(',');
  // The view's latest answer, if it answered this very query (asked ahead, or on a visit
  // before): drawn at once, and the worker asked again only to be sure.
  const [first] = useState(() => {
    const last = answered.get(view);
    return last?.key === key && last.library === library && last.offset === 0 ? last : null;
  });
  const [answer, setAnswer] = useState(() =>
    first
      ? { matched: first.matched, total: first.total, generation: 1, rowSet: first.rowSet }
      : { matched: 0, total: 0, generation: 0, rowSet: 0 },
  );
  const [window, setWindow] = useState<{ offset: number; rows: readonly WindowRow[] }>(() =>
    first ? { offset: first.offset, rows: first.rows } : { offset: 0, rows: [] },
  );
  const [error, setError] = useState<string | null>(null);
  // The latest query, and the latest window asked for: older answers are not drawn.
  const latestQuery = useRef(0);
  const latestWindow = useRef(0);
  const range = useRef(
    first
      ? { start: first.offset, end: first.offset + first.rows.length, fits: first.count }
      : { start: 0, end: FIRST_WINDOW, fits: FIRST_WINDOW },
  );
  // The rows held, of the latest query answered; none while a query is on its way.
  const held = useRef<{ start: number; end: number } | null>(
    first ? { start: first.offset, end: first.offset + first.rows.length } : null,
  );
  // The answer drawn first, until the worker's own answer to the page's query has come.
  const shown = useRef(first);
  const libraryNow = useRef(library);

  useEffect(() => {
    libraryNow.current = library;
    sendLibrary(library);
  }, [library]);

  useEffect(() => {
    let live = true;
    const {
      query: q,
      columns: c,
      version: v,
    } = JSON.parse(key) as {
      query: Query;
      columns: string[];
      version: number;
    };
    const ticket = ++latestQuery.current;
    // The rows drawn from an earlier answer stay held (and drawn) until this one comes.
    const kept = shown.current;
    shown.current = null;
    if (!kept) held.current = null;
    // The table's range as it is, with the query: the worker moves it up if the rows matched
    // end before it, and sends those rows with its answer: as many as the table draws (every
    // row drawn is drawn anew by a sort), however few the last query matched.
    asked.add(view);
    void askView(view, q, c, libraryNow.current, v, range.current.start, range.current.fits)
      .then((got) => {
        if (!live || ticket !== latestQuery.current) return;
        // The same rows as those drawn from the answer before: nothing to draw again.
        if (kept && sameAnswer(kept, got)) return;
        latestWindow.current += 1;
        held.current = { start: got.offset, end: got.offset + got.rows.length };
        setError(null);
        setWindow({ offset: got.offset, rows: got.rows });
        setAnswer((a) => ({
          matched: got.matched,
          total: got.total,
          rowSet: got.rowSet,
          generation: a.generation + 1,
        }));
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [key, view]);

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
          // Drawn in this task, not the next: a key pressed in between (the browser runs input
          // first) moved the focus among the rows then drawn, and these, drawn after it, could
          // leave the focused row out (see useVirtualWindow, which asks for it once focused).
          flushSync(() => setWindow({ offset: start, rows }));
        })
        .catch((e: Error) => setError(e.message));
    },
    [view, columnsKey],
  );

  return { ...answer, ...window, onRange, error, loading: answer.generation === 0 && !error };
}
