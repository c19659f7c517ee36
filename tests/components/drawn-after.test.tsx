// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDrawnAfter } from '../../src/app/dataset/use-drawn-after.ts';

describe("useDrawnAfter (the comparison's second chart)", () => {
  let frames: Map<number, FrameRequestCallback>;
  const runFrames = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const f of due) f(performance.now());
  };
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = new Map();
    let next = 1;
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
      frames.set(next, f);
      return next++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives a new value only after the next frame, in a task of its own', () => {
    const { result, rerender } = renderHook(({ value }) => useDrawnAfter(value), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    // Not in the render that draws the first chart, nor in the frame that paints it.
    expect(result.current).toBe('a');
    act(() => runFrames());
    expect(result.current).toBe('a');
    act(() => vi.runAllTimers());
    expect(result.current).toBe('b');
  });

  it('skips a value replaced before its frame came', () => {
    const { result, rerender } = renderHook(({ value }) => useDrawnAfter(value), {
      initialProps: { value: 'a' },
    });
    act(() => {
      runFrames();
      vi.runAllTimers();
    });
    rerender({ value: 'b' });
    rerender({ value: 'c' });
    // The frame asked for 'b' was cancelled: one frame, then 'c'.
    expect(frames.size).toBe(1);
    act(() => runFrames());
    act(() => vi.runAllTimers());
    expect(result.current).toBe('c');
  });
});
