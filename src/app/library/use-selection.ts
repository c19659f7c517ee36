import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

const ID = /^[a-z0-9-]+$/;

/**
 * Report ids kept in the address as one parameter, `a~b~c` (`~` needs no escaping and no id
 * holds it), in the reader's order. Anything that is not an id is dropped, so a mangled link
 * still opens.
 */
export function useSelection(name: string): [readonly string[], (ids: readonly string[]) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name) ?? '';
  const ids = useMemo(() => [...new Set(raw.split('~').filter((id) => ID.test(id)))], [raw]);
  const setIds = useCallback(
    (next: readonly string[]) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next.length === 0) updated.delete(name);
          else updated.set(name, next.join('~'));
          return updated;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [ids, setIds];
}
