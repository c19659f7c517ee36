import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createPath, Router, type Navigator } from 'react-router-dom';
import { App } from '../app/app.tsx';
import { pathTo } from '../app/paths.ts';
import { sectionPages } from '../app/pages.ts';
import { reportSections } from '../app/sections.ts';
import { indexState, reportState, useReports } from '../store/reports-store.ts';
import { indexFingerprint, reportFingerprint, type SnapshotMark } from './snapshot.ts';

// Every section's code, loaded while this module is imported: the build imports it through
// Vite's module runner, which is closed by the time it calls `renderSnapshots`.
await Promise.all(Object.values(sectionPages).map((page) => page.preload()));

/**
 * Links as the browser's HashRouter writes them (`#/reports/…`, the page has no <base>), so
 * that the prerendered page's addresses are the ones the app renders. Nothing navigates here.
 */
const hashLinks: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

export interface Snapshot {
  readonly mark: SnapshotMark;
  readonly html: string;
}

/**
 * Renders every section of index.json's default report, in Chinese, with the app's own
 * components, as the browser will render it once the report is loaded (run at build time, in
 * Node). Charts are drawn in the browser only (see `useClientOnly`); what they show here is
 * their placeholder. Throws, naming the file, when the data cannot be read: a build must not
 * ship a snapshot of something else.
 */
export async function renderSnapshots(
  indexText: string,
  readReport: (file: string) => string,
): Promise<Snapshot[]> {
  const index = indexState(indexText);
  if (index.status !== 'ready') {
    const problem = index.status === 'error' ? index.failure.errors[0] : undefined;
    throw new Error(`index.json: ${problem ? `${problem.path} ${problem.en}` : 'not loaded'}`);
  }
  const id = index.data.default ?? index.data.reports[0]?.id;
  const entry = index.data.reports.find((r) => r.id === id);
  if (!entry) return [];
  const loaded = reportState(entry, readReport(entry.file));
  if (loaded.status !== 'ready') {
    const problem = loaded.status === 'error' ? loaded.failure.errors[0] : undefined;
    throw new Error(`${entry.file}: ${problem ? `${problem.path} ${problem.en}` : 'not loaded'}`);
  }
  useReports.setState({ index, reports: { [entry.id]: loaded } });

  const routes = reportSections.map((s) =>
    pathTo({ page: 'report', reportId: entry.id, section: s.path }),
  );
  return routes.map((route, i) => {
    const At = ({ children }: { children: ReactNode }) => (
      <Router location={route} navigator={hashLinks} static>
        {children}
      </Router>
    );
    const html = renderToString(<App router={At} />);
    // A boundary that suspended would be drawn again in the browser, and its page with it.
    if (html.includes('<!--$!-->') || html.includes('<!--$?-->')) {
      throw new Error(`${route}: part of the page was still loading when it was prerendered`);
    }
    const mark: SnapshotMark = {
      route,
      isDefault: i === 0,
      index: indexFingerprint(index.data),
      report: reportFingerprint(loaded.data),
      reportId: entry.id,
      reportFile: entry.file,
    };
    return { mark, html };
  });
}
