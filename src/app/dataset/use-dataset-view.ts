import { useCallback, useEffect, useRef, useState } from 'react';
import type { Query, WindowRow } from '../../dataset/dataset-table.ts';
import type { ViewName } from '../../dataset/worker-protocol.ts';
import type { Library } from '../../library/library.ts';
import { ask } from './dataset-client.ts';
import { localPart } from './local-part.ts';

const FIRST_WINDOW = 60;
let sentLibrary: Library | null = null;

export interface DatasetView {
  readonly matched: number;
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly WindowRow[];
  readonly onRange: (start: number, end: number) => void;
  /** Bumped each time the rows matched change (a new query answered). */
  readonly generation: number;
  readonly error: string | null;
}

/**
 * A view of the worker's table: the query is sent whenever it changes, and only the rows the
 * table asks for (those on screen, and a few either side) come back.
 */
export function useDatasetView(
  view: ViewName,
  query: Query,
  columns: readonly string[],
  library: Library,
  version: number,
): DatasetView {
  const [answer, setAnswer] = useState({ matched: 0, total: 0, generation: 0 });
  const [window, setWindow] = useState<{ offset: number; rows: readonly WindowRow[] }>({
    offset: 0,
    rows: [],
  });
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const range = useRef({ start: 0, end: FIRST_WINDOW });
  const key = JSON.stringify({ query, columns, version });
  const columnsKey = columns.join(',');

  useEffect(() => {
    if (sentLibrary === library) return;
    sentLibrary = library;
    const { part, rows } = localPart(library);
    void ask({ type: 'local', part, rows });
  }, [library]);

  const fetchWindow = useCallback(
    (start: number, end: number, generation: number) => {
      const ticket = ++latest.current;
      void ask({
        type: 'window',
        view,
        start,
        count: end - start,
        columns: columnsKey.split(','),
      }).then(
        ({ rows }) => {
          if (ticket !== latest.current) return;
          setWindow({ offset: start, rows });
          setAnswer((a) => (a.generation === generation ? a : a));
        },
        (e: Error) => setError(e.message),
      );
    },
    [view, columnsKey],
  );

  useEffect(() => {
    let live = true;
    const { query: q } = JSON.parse(key) as { query: Query };
    const ticket = ++latest.current;
    void ask({ type: 'query', view, query: q })
      .then(async ({ matched, total }) => {
        const start = Math.min(range.current.start, Math.max(0, matched - FIRST_WINDOW));
        const end = Math.max(start + FIRST_WINDOW, range.current.end);
        const { rows } = await ask({
          type: 'window',
          view,
          start,
          count: end - start,
          columns: columnsKey.split(','),
        });
        if (!live || ticket !== latest.current) return;
        setError(null);
        setWindow({ offset: start, rows });
        setAnswer((a) => ({ matched, total, generation: a.generation + 1 }));
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [key, view, columnsKey]);

  const onRange = useCallback(
    (start: number, end: number) => {
      range.current = { start, end };
      fetchWindow(start, end, answer.generation);
    },
    [fetchWindow, answer.generation],
  );

  return { ...answer, ...window, onRange, error };
}
