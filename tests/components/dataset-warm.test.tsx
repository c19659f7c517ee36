// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, renderHook, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDatasetIndex } from '../../src/dataset/dataset-index.ts';
import type { Query, WindowRow } from '../../src/dataset/dataset-table.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import { loadReport } from '../../src/load/load-report.ts';
import { buildReportFile, projectFile } from '../builders.ts';
import { FakeWorker } from './fake-worker.ts';

// A small dataset beside the app is read while the app is idle, before a page across reports
// asks for it, and the comparison's first rows asked for: the page then draws them at once.

const indexOf = (reports: number) => ({
  format: 'xxgk-dataset',
  version: 1,
  reports,
  synthetic: reports,
  columns: ['id'],
  shards: [{ file: 'reports-2024.parquet', year: 2024, rows: reports, bytes: 1000 }],
});

/** The client, fresh (it keeps its state for the app's life), with the index fetched as said. */
async function freshClient(response: () => Response) {
  vi.resetModules();
  const fetched = vi.fn(async () => response());
  vi.stubGlobal('fetch', fetched);
  const client = await import('../../src/app/dataset/dataset-client.ts');
  return { client, fetched };
}

const asked = () => FakeWorker.last?.asked.map((m) => m.request.type) ?? [];

beforeEach(() => {
  FakeWorker.last = null;
  FakeWorker.started = 0;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'connection');
});

describe('the dataset read while the app is idle', () => {
  it('reads a small dataset beside the app, and a page opened then does not read it again', async () => {
    const { client, fetched } = await freshClient(
      () => new Response(JSON.stringify(indexOf(2_000))),
    );
    expect(await client.warmDataset()).toBe(true);
    await vi.waitFor(() => expect(asked()).toEqual(['open']));
    const open = FakeWorker.last?.asked[0]?.request as unknown as { source: { indexText: string } };
    expect(JSON.parse(open.source.indexText).reports).toBe(2_000);
    expect(client.datasetState()).toMatchObject({ status: 'loading', summary: { reports: 2_000 } });

    client.probeDataset();
    expect(asked()).toEqual(['open']);
    expect(FakeWorker.started).toBe(1);
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('leaves a dataset over the limit to its pages, which read it with the index fetched', async () => {
    const { client, fetched } = await freshClient(
      () => new Response(JSON.stringify(indexOf(2_000))),
    );
    expect(await client.warmDataset(1_000)).toBe(false);
    expect(FakeWorker.started).toBe(0);
    expect(client.datasetState()).toEqual({ status: 'unknown' });

    // The page's own look: the index the warm-up read is read again from the same answer.
    client.probeDataset();
    await vi.waitFor(() => expect(asked()).toEqual(['open']));
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('starts no worker when there is no dataset', async () => {
    const { client } = await freshClient(() => new Response('not found', { status: 404 }));
    expect(await client.warmDataset()).toBe(false);
    expect(FakeWorker.started).toBe(0);
  });

  it('reads nothing where the reader asked the browser to save data', async () => {
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true },
      configurable: true,
    });
    const { client, fetched } = await freshClient(
      () => new Response(JSON.stringify(indexOf(2_000))),
    );
    expect(await client.warmDataset()).toBe(false);
    expect(fetched).not.toHaveBeenCalled();
    expect(FakeWorker.started).toBe(0);
  });

  it('takes the empty index the app ships with for no dataset, and stops the worker', async () => {
    const shipped = readFileSync(projectFile('public/data/dataset/index.json'), 'utf8');
    const read = readDatasetIndex(shipped);
    expect(read.ok && read.index).toMatchObject({ reports: 0, shards: [] });
    const { client } = await freshClient(() => new Response(shipped));
    const early = await import('../../src/app/dataset/early-dataset.ts');
    expect(await early.datasetBeside()).toBe(false);
    expect(await client.warmDataset()).toBe(false);
    client.probeDataset();
    await vi.waitFor(() => expect(client.datasetState()).toEqual({ status: 'absent' }));
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(asked()).toEqual([]);
  });

  it('finds a dataset beside the app only in an index with reports', async () => {
    for (const [body, status, beside] of [
      [JSON.stringify(indexOf(3)), 200, true],
      [JSON.stringify(indexOf(0)), 200, false],
      // A server that answers every address with the app's page.
      ['<!doctype html><title>xxgk</title>', 200, false],
      ['not found', 404, false],
    ] as const) {
      await freshClient(() => new Response(body, { status }));
      const early = await import('../../src/app/dataset/early-dataset.ts');
      expect(await early.datasetBeside(), body).toBe(beside);
      // Read through a copy: the index's own answer is still there for the client.
      expect(await (await early.datasetIndex()).text()).toBe(body);
    }
  });

  it('asks for the index again after a failed request, and keeps one that succeeded', async () => {
    let fail = true;
    const { fetched } = await freshClient(() => {
      if (fail) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(indexOf(3)));
    });
    const early = await import('../../src/app/dataset/early-dataset.ts');
    await expect(early.datasetBeside()).rejects.toThrow('Failed to fetch');
    fail = false;
    expect(await early.datasetBeside()).toBe(true);
    expect(await early.datasetBeside()).toBe(true);
    expect(fetched).toHaveBeenCalledTimes(2);
  });

  it('does nothing once a page has looked for the dataset', async () => {
    const { client } = await freshClient(() => new Response(JSON.stringify(indexOf(2_000))));
    client.probeDataset();
    expect(await client.warmDataset()).toBe(false);
    await vi.waitFor(() => expect(asked()).toEqual(['open']));
  });
});

const QUERY: Query = {
  ids: null,
  sort: null,
  filters: {},
  search: '',
  columns: ['a'],
  hideEmpty: false,
};

const row = (index: number, a: number): WindowRow => ({
  index,
  id: `r${index}`,
  agency: `机关${index}`,
  agencyKey: `k${index}`,
  year: 2024,
  synthetic: true,
  source: 'reports-2024.parquet',
  values: { a },
  flags: {},
});

const answerOf = (rows: WindowRow[]) => ({
  ok: true,
  answer: { type: 'query', matched: 3, total: 3, rowSet: 7, window: { start: 0, rows } },
});

function library(): Library {
  const loaded = loadReport(buildReportFile('2021'));
  if (!loaded.ok) throw new Error('the test report does not load');
  return buildLibrary([{ report: loaded.report, findings: loaded.findings, origin: 'builtin' }]);
}

/** A view's first rows asked ahead, answered; the hook module and the worker, for the test. */
async function askedAhead(rows: WindowRow[]) {
  const { client } = await freshClient(() => new Response(JSON.stringify(indexOf(3))));
  await client.warmDataset();
  const views = await import('../../src/app/dataset/use-dataset-view.ts');
  const lib = library();
  const worker = FakeWorker.last as FakeWorker;
  const ahead = views.prefetchView('compare', QUERY, ['a'], lib, 1);
  worker.answer('query', answerOf(rows));
  await ahead;
  return { views, lib, worker };
}

describe('rows asked ahead of their page', () => {
  it('are drawn in the page’s first render, and not again when the worker answers the same', async () => {
    const rows = [row(0, 5), row(1, 3), row(2, 1)];
    const { views, lib, worker } = await askedAhead(rows);
    // The library went to the worker before the query, so the table joins it first.
    expect(asked()).toEqual(['open', 'local', 'query']);

    const seen: (readonly WindowRow[])[] = [];
    const { result } = renderHook(() => {
      const view = views.useDatasetView('compare', QUERY, ['a'], lib, 1);
      seen.push(view.rows);
      return view;
    });
    expect(seen[0]).toEqual(rows);
    expect(result.current.loading).toBe(false);
    expect(result.current.matched).toBe(3);
    // Asked again, to be sure; the same answer draws nothing anew.
    expect(asked().filter((t) => t === 'query')).toHaveLength(2);
    const drawn = result.current.rows;
    const renders = seen.length;
    await act(async () => worker.answer('query', answerOf(rows.map((r) => ({ ...r }))), 1));
    expect(result.current.rows).toBe(drawn);
    expect(seen).toHaveLength(renders);
  });

  it('are replaced when the worker’s answer differs (the table changed meanwhile)', async () => {
    const { views, lib, worker } = await askedAhead([row(0, 5), row(1, 3), row(2, 1)]);
    const { result } = renderHook(() => views.useDatasetView('compare', QUERY, ['a'], lib, 1));
    const changed = [row(0, 6), row(1, 3), row(2, 1)];
    await act(async () => worker.answer('query', answerOf(changed), 1));
    expect(result.current.rows).toEqual(changed);
  });

  it('are not asked for once a page has asked its own query of the view', async () => {
    const { client } = await freshClient(() => new Response(JSON.stringify(indexOf(3))));
    await client.warmDataset();
    const views = await import('../../src/app/dataset/use-dataset-view.ts');
    const lib = library();
    const filtered = { ...QUERY, filters: { a: '>3' } };
    renderHook(() => views.useDatasetView('compare', filtered, ['a'], lib, 1));
    await views.prefetchView('compare', QUERY, ['a'], lib, 1);
    // The worker holds the page's query for the view, not the one asked ahead.
    const queries = (FakeWorker.last?.asked ?? []).filter((m) => m.request.type === 'query');
    expect(queries.map((m) => (m.request as unknown as { query: Query }).query)).toEqual([
      filtered,
    ]);
  });

  it('are drawn by the comparison of every report opened on them', async () => {
    const rows = [row(0, 5), row(1, 3)];
    const { client } = await freshClient(() => new Response(JSON.stringify(indexOf(3))));
    await client.warmDataset();
    const { prefetchCompareAll, DatasetComparePage } =
      await import('../../src/app/dataset/dataset-compare-page.tsx');
    const { I18nProvider } = await import('../../src/i18n/i18n-context.tsx');
    const lib = library();
    const worker = FakeWorker.last as FakeWorker;
    const ahead = prefetchCompareAll(lib, 1);
    worker.answer('query', answerOf(rows));
    await ahead;
    render(
      <I18nProvider lang="zh">
        <MemoryRouter initialEntries={['/compare?all=1']}>
          <DatasetComparePage
            library={lib}
            summary={{ reports: 3, synthetic: 3, shards: 1, requests: 0, bytes: 0 }}
            version={1}
          />
        </MemoryRouter>
      </I18nProvider>,
    );
    // Drawn at once, before the worker has answered the page's own query.
    const table = screen.getByRole('table', { name: '比较的报告' });
    expect(within(table).getByText(/机关0/)).toBeTruthy();
    expect(within(table).getByText(/机关1/)).toBeTruthy();
    const queries = worker.asked.filter((m) => m.request.type === 'query');
    expect(queries).toHaveLength(2);
    // The page asked the query it was drawn from.
    expect(queries[1]?.request).toEqual(queries[0]?.request);
  });

  it('are not drawn for another query, dataset or library', async () => {
    const { views, lib } = await askedAhead([row(0, 5)]);
    const other = { ...QUERY, search: '淮安' };
    for (const [query, version, withLibrary] of [
      [other, 1, lib],
      [QUERY, 2, lib],
      [QUERY, 1, library()],
    ] as const) {
      const { result, unmount } = renderHook(() =>
        views.useDatasetView('compare', query, ['a'], withLibrary, version),
      );
      expect(result.current.rows).toEqual([]);
      expect(result.current.loading).toBe(true);
      unmount();
    }
  });
});

describe('a window of rows the table scrolls to', () => {
  it('is drawn in the task its answer came in, before the browser takes a key pressed meanwhile', async () => {
    const { views, lib, worker } = await askedAhead([row(0, 5), row(1, 3), row(2, 1)]);
    const { result } = renderHook(() => views.useDatasetView('compare', QUERY, ['a'], lib, 1));
    await act(async () => worker.answer('query', answerOf([row(0, 5), row(1, 3), row(2, 1)]), 1));
    act(() => result.current.onRange(40, 43, 3));
    const scrolled = [row(40, 9), row(41, 8), row(42, 7)];
    // Out of act: React would draw a plain update in a task of its own, after any input the
    // browser has waiting; this one is drawn before the answer's task ends.
    const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = environment.IS_REACT_ACT_ENVIRONMENT;
    environment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      worker.answer('window', { ok: true, answer: { type: 'window', rows: scrolled } });
      // The answer's promise callbacks: microtasks of the same task.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(result.current.offset).toBe(40);
      expect(result.current.rows).toEqual(scrolled);
    } finally {
      environment.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });
});
