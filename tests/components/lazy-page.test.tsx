// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, startTransition, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../../src/app/lazy-page.ts';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';

// A page's code arrives after its first render: the page says it is loading, then draws itself
// as soon as the code is here (React.lazy held it back at least 300 ms after its fallback).

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>broken: {this.state.error}</p> : this.props.children;
  }
}

const frame = (children: ReactNode) => (
  <I18nProvider lang="zh">
    <Boundary>
      <Suspense fallback={<p role="status">正在载入…</p>}>{children}</Suspense>
    </Boundary>
  </I18nProvider>
);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a page whose code loads on its first visit', () => {
  it('says it is loading, then draws itself as soon as its code is here', async () => {
    // Outside act() and with the clock stopped, as the page runs: React's own work goes on
    // (it is scheduled by setImmediate here), a timer-held reveal would wait for ever.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    try {
      const module = deferred<{ Hello: (p: { name: string }) => ReactNode }>();
      const Page = lazyPage(() => module.promise, 'Hello');
      render(frame(<Page name="聊城" />));
      const ticks = async () => {
        for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
      };
      await ticks();
      expect(screen.getByRole('status').textContent).toMatch(/载入/);
      module.resolve({ Hello: ({ name }) => <h1>{name}的报告</h1> });
      await ticks();
      expect(screen.getByRole('heading').textContent).toBe('聊城的报告');
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });

  it('draws itself when its code arrived between its first drawing and its effects', async () => {
    // As when the app starts: the page's code was asked for before the first render, which is
    // a transition, and it arrived after that render was committed but before its effects ran.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const module = deferred<{ Hello: () => ReactNode }>();
      const Page = lazyPage(() => module.promise, 'Hello');
      void Page.preload();
      function ArrivesOnCommit() {
        useLayoutEffect(() => module.resolve({ Hello: () => <h1>到了</h1> }), []);
        return null;
      }
      const root = createRoot(document.body.appendChild(document.createElement('div')));
      startTransition(() =>
        root.render(
          frame(
            <>
              <Page />
              <ArrivesOnCommit />
            </>,
          ),
        ),
      );
      for (let i = 0; i < 30; i += 1) await new Promise((r) => setImmediate(r));
      expect(screen.getByRole('heading').textContent).toBe('到了');
      root.unmount();
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });

  it('draws at once, with no loading state, once preloaded', async () => {
    const Page = lazyPage(() => Promise.resolve({ Hello: () => <h1>已在</h1> }), 'Hello');
    await Page.preload();
    render(frame(<Page />));
    expect(screen.getByRole('heading').textContent).toBe('已在');
  });

  it("hands a module that fails to load to the page's error boundary", async () => {
    const module = deferred<{ Hello: () => ReactNode }>();
    const Page = lazyPage(() => module.promise, 'Hello');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(frame(<Page />));
    await act(async () => {
      module.reject(new Error('chunk missing'));
      await Promise.resolve();
    });
    expect(screen.getByText(/broken: chunk missing/)).toBeTruthy();
    quiet.mockRestore();
  });
});
