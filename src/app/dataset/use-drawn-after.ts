import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, a frame after the one that draws it elsewhere: the distribution follows the ranking.
 * Recharts draws a chart's new data in one go, in the animation frame its store tells it of
 * the change; the two charts drawn together were one task of 63–98 ms on a slow 2-core machine
 * (a key typed in a filter waited for it), each alone is 50–60 ms there. `initial`: what it gives
 * until the first frame (by default `value` at once).
 */
export function useDrawnAfter<T>(value: T, initial: T = value): T {
  const [later, setLater] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame that draws the first chart, then a task of its own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return later;
}
