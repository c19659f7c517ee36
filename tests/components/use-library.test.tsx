// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLibrary, useLibrary, type LibraryState } from '../../src/app/library/use-library.ts';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { loadReport } from '../../src/load/load-report.ts';
import { useReports } from '../../src/store/reports-store.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { buildReportFile, setPath } from '../builders.ts';
import { resetReports } from './render-app.tsx';

// One library for the app: each page across reports opened, and the warm-up ahead of them,
// get the same library while its reports are the same (the dataset's worker is given it once).

const files: ReportFile[] = [
  setPath(buildReportFile('2021'), 'id', 'a-2021'),
  setPath(setPath(buildReportFile('2021'), 'id', 'b-2021'), 'agency.name', '乙县人民政府'),
];
const index = {
  default: 'a-2021',
  reports: files.map((f) => ({
    id: f.id,
    agency: f.agency.name,
    year: f.year,
    template: f.template,
    file: `${f.id}.json`,
  })),
};

const fetched = vi.fn(async (url: string) => {
  const name = url.split('/').pop() ?? '';
  const file = name === 'index.json' ? index : files.find((f) => `${f.id}.json` === name);
  return file ? new Response(JSON.stringify(file)) : new Response('no', { status: 404 });
});

beforeEach(() => {
  resetReports();
  useSavedReports.setState({ saved: undefined });
  fetched.mockClear();
  vi.stubGlobal('fetch', fetched);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ready = (state: LibraryState) => {
  if (state.status !== 'ready') throw new Error(`the library is ${state.status}`);
  return state.library;
};

describe('the library of the reports in the browser', () => {
  it('is loaded outside React, each report fetched once, and is the one the pages get', async () => {
    const ahead = ready(await loadLibrary());
    expect(ahead.entries.map((e) => e.report.id).sort()).toEqual(['a-2021', 'b-2021']);
    expect(fetched.mock.calls.map(([url]) => url.split('/').pop()).sort()).toEqual([
      'a-2021.json',
      'b-2021.json',
      'index.json',
    ]);
    const first = renderHook(() => useLibrary());
    expect(ready(first.result.current)).toBe(ahead);
    first.unmount();
    // A page opened later, on the same reports: the same library, not one built anew.
    const second = renderHook(() => useLibrary());
    expect(ready(second.result.current)).toBe(ahead);
    expect(ready(await loadLibrary())).toBe(ahead);
    expect(fetched).toHaveBeenCalledTimes(3);
  });

  it('stays the same when a report that is not built in is shown', async () => {
    const before = ready(await loadLibrary());
    const shown = loadReport(setPath(buildReportFile('2021'), 'id', 'dataset-row-2021'));
    if (!shown.ok) throw new Error('the test report does not load');
    const entry = { id: 'dataset-row-2021', agency: '丙县', year: 2021, template: '2021' as const };
    useReports.getState().showReport({
      entry: { ...entry, file: 'dataset-row-2021.json' },
      report: shown.report,
      findings: shown.findings,
    });
    expect(ready(renderHook(() => useLibrary()).result.current)).toBe(before);
  });

  it('is built anew when its reports change', async () => {
    const { result } = renderHook(() => useLibrary());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const before = ready(result.current);
    // The saved reports read again: a new list, so a new library.
    useSavedReports.setState({ saved: { status: 'ready', entries: [] } });
    await waitFor(() => expect(ready(result.current)).not.toBe(before));
  });
});
