// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Library } from '../../src/library/library.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { loadReport } from '../../src/load/load-report.ts';
import { buildReportFile } from '../builders.ts';
import { FakeWorker } from './fake-worker.ts';

// A dataset beside the app: its index says how many reports it holds, so the pages draw
// themselves while the worker reads it, their first requests queued behind the read; a read
// that fails leaves the pages of the reports in the browser, saying why.

const index = {
  format: 'xxgk-dataset',
  version: 1,
  reports: 12_345,
  synthetic: 12_000,
  columns: ['id'],
  shards: [{ file: 'reports-2024.parquet', year: 2024, rows: 12_345, bytes: 1000 }],
};

function library(): Library {
  const loaded = loadReport(buildReportFile('2021'));
  if (!loaded.ok) throw new Error('the test report does not load');
  return buildLibrary([{ report: loaded.report, findings: loaded.findings, origin: 'builtin' }]);
}

async function page() {
  // The client keeps its state for the app's life: a fresh one per test.
  vi.resetModules();
  const { DatasetSwitch } = await import('../../src/app/dataset/dataset-switch.tsx');
  const client = await import('../../src/app/dataset/dataset-client.ts');
  const { I18nProvider } = await import('../../src/i18n/i18n-context.tsx');
  render(
    <I18nProvider lang="zh">
      <DatasetSwitch
        library={library()}
        withDataset={(summary, version) => (
          <p>
            dataset page: {summary.reports} reports, version {version}
          </p>
        )}
      >
        <p>the reports in the browser</p>
      </DatasetSwitch>
    </I18nProvider>,
  );
  return client;
}

beforeEach(() => {
  FakeWorker.last = null;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('a dataset beside the app', () => {
  it('draws its page from the index while the worker reads it, and sends the library meanwhile', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(index))),
    );
    await page();
    await flush();
    expect(screen.getByText('dataset page: 12345 reports, version 1')).toBeTruthy();
    const worker = FakeWorker.last as FakeWorker | null;
    expect(worker?.asked.map((m) => m.request.type)).toEqual(['open', 'local']);
    // The worker passes the index it was given on, without fetching it again.
    const open = worker?.asked[0]?.request as unknown as { source: { indexText?: string } };
    expect(JSON.parse(open.source.indexText ?? '{}').reports).toBe(12_345);

    // The worker's own count replaces the index's; the page stays (same version, no new query).
    const summary = { reports: 12_340, synthetic: 12_000, shards: 1, requests: 3, bytes: 900 };
    await act(async () => worker?.answer('open', { ok: true, answer: { type: 'open', summary } }));
    await flush();
    expect(screen.getByText('dataset page: 12340 reports, version 1')).toBeTruthy();
  });

  it('leaves the reports in the browser, saying why, when the read fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(index))),
    );
    await page();
    await flush();
    await act(async () =>
      FakeWorker.last?.answer('open', { ok: false, message: 'reports-2024.parquet: HTTP 404' }),
    );
    await flush();
    expect(screen.getByText('the reports in the browser')).toBeTruthy();
    expect(screen.getByText(/无法读取数据集：reports-2024\.parquet: HTTP 404/)).toBeTruthy();
  });

  it('keeps the dataset open, saying what and where, when another from disk does not open', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(index))),
    );
    const client = await page();
    await flush();
    const worker = FakeWorker.last as FakeWorker;
    const summary = { reports: 12_340, synthetic: 12_000, shards: 1, requests: 3, bytes: 900 };
    await act(async () => worker.answer('open', { ok: true, answer: { type: 'open', summary } }));
    await flush();
    const { OpenFromDisk } = await import('../../src/app/dataset/open-from-disk.tsx');
    const { I18nProvider } = await import('../../src/i18n/i18n-context.tsx');
    render(
      <I18nProvider lang="zh">
        <OpenFromDisk />
      </I18nProvider>,
    );
    await act(async () => {
      void client.openDataset({ kind: 'files', files: [new File(['笔记'], 'notes.txt')] });
    });
    await flush();
    // While the other is read, and after it failed: the same page, the same version.
    expect(screen.getByText('dataset page: 12340 reports, version 1')).toBeTruthy();
    expect(screen.getByText('正在读取数据集…')).toBeTruthy();
    await act(async () =>
      worker.answer(
        'open',
        {
          ok: false,
          message: 'no .parquet file among the files opened (notes.txt)',
          problem: { code: 'no-shards', files: ['notes.txt'] },
        },
        1,
      ),
    );
    await flush();
    expect(screen.getByText('dataset page: 12340 reports, version 1')).toBeTruthy();
    expect(
      screen.getByText(
        '无法读取数据集：所选的文件（notes.txt）中没有 .parquet 文件。请选择数据集的文件夹，或其中的 index.json 和 .parquet 文件。已打开的数据集保持不变。',
      ),
    ).toBeTruthy();
    expect(client.datasetState()).toMatchObject({ status: 'ready', version: 1 });

    // A dataset that opens replaces it, and the message goes.
    await act(async () => {
      void client.openDataset({ kind: 'files', files: [new File(['PAR1'], 'a.parquet')] });
    });
    const other = { ...summary, reports: 40 };
    await act(async () =>
      worker.answer('open', { ok: true, answer: { type: 'open', summary: other } }, 2),
    );
    await flush();
    expect(screen.getByText('dataset page: 40 reports, version 3')).toBeTruthy();
    expect(screen.queryByText(/已打开的数据集保持不变/)).toBeNull();
  });

  it('keeps the dataset beside the app when a file from disk picked while it was read does not open', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(index))),
    );
    const client = await page();
    await flush();
    const worker = FakeWorker.last as FakeWorker;
    // Picked before the worker has answered the first open.
    await act(async () => {
      void client.openDataset({ kind: 'files', files: [new File([], 'empty.parquet')] });
    });
    const summary = { reports: 12_340, synthetic: 12_000, shards: 1, requests: 3, bytes: 900 };
    await act(async () => worker.answer('open', { ok: true, answer: { type: 'open', summary } }));
    await act(async () =>
      worker.answer(
        'open',
        {
          ok: false,
          message: 'empty.parquet: the file is empty',
          problem: { code: 'empty', file: 'empty.parquet' },
        },
        1,
      ),
    );
    await flush();
    // The worker holds the first: its page is shown, with the second's failure.
    expect(screen.getByText('dataset page: 12340 reports, version 1')).toBeTruthy();
    expect(client.datasetState()).toMatchObject({
      status: 'ready',
      version: 1,
      failed: { problem: { code: 'empty' } },
    });
  });

  it('stops the worker it started when there is no dataset', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404 })),
    );
    await page();
    await flush();
    expect(screen.getByText('the reports in the browser')).toBeTruthy();
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(FakeWorker.last?.asked).toEqual([]);
  });
});
