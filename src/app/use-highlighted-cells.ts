import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Cell paths named by a checks link (`?hl=path,path`), to be marked in the tables. */
export function useHighlightedCells(): ReadonlySet<string> {
  const [params] = useSearchParams();
  const raw = params.get('hl') ?? '';
  return useMemo(() => new Set(raw.split(',').filter((p) => /^[A-Za-z0-9.[\]]+$/.test(p))), [raw]);
}
