import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentSearch } from '../current-search.ts';

const ID = /^[a-z0-9-]+$/;

/**
 * Report ids kept in the address as one parameter, `a~b~c` (no id holds `~`), in the reader's
 * order. Anything that is not an id is dropped, so a mangled link still opens.
 */
export function useSelection(name: string): [readonly string[], (ids: readonly string[]) => void] {
  const [params] = useSearchParams();
  const [, setParams] = useCurrentSearch();
  const { search } = useLocation();
  const navigate = useNavigate();
  const raw = params.get(name) ?? '';
  const ids = useMemo(() => [...new Set(raw.split('~').filter((id) => ID.test(id)))], [raw]);

  // The app's own writes keep `~` (current-search.ts); a link from elsewhere may escape it as
  // %7E: put it back, so the address stays the one a person reads and shares (`?reports=a~b`).
  useEffect(() => {
    if (/%7E/i.test(search)) navigate({ search: search.replace(/%7E/gi, '~') }, { replace: true });
  }, [search, navigate]);

  const setIds = useCallback(
    (next: readonly string[]) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next.length === 0) updated.delete(name);
        else updated.set(name, next.join('~'));
        return updated;
      }),
    [name, setParams],
  );
  return [ids, setIds];
}
