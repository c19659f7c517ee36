import { useCallback, useState } from 'react';

/** Which legend entries the reader has switched off. */
export function useHiddenKeys(): [ReadonlySet<string>, (key: string) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string) => {
    setHidden((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  return [hidden, toggle];
}
