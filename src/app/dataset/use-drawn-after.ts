import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, a frame after the one that draws it elsewhere: the distribution follows the ranking.
 * Recharts draws a chart's new data in one go, in the animation frame its store tells it of
 * the change; the two charts drawn together were one task of 70–80 ms on a 2-core machine (a
 * key typed in a filter waited for it), each alone about half that.
 */
export function useDrawnAfter<T>(value: T): T {
  const [later, setLater] = useState(value);
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
