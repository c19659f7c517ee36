import { useCallback } from 'react';
import { useCurrentSearch } from './current-search.ts';

/**
 * One search parameter as state, parsed by `parse` (which must accept any string, so a bad
 * URL still opens); the default is left out of the URL.
 */
export function useUrlParam<T extends string>(
  name: string,
  parse: (raw: string | null) => T,
  defaultValue: T,
): [T, (next: T) => void] {
  const [params, setParams] = useCurrentSearch();
  const value = parse(params.get(name));
  const setValue = useCallback(
    (next: T) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === defaultValue) updated.delete(name);
        else updated.set(name, next);
        return updated;
      });
    },
    [name, defaultValue, setParams],
  );
  return [value, setValue];
}

export const oneOf =
  <T extends string>(allowed: readonly T[], fallback: T) =>
  (raw: string | null): T =>
    allowed.includes(raw as T) ? (raw as T) : fallback;
