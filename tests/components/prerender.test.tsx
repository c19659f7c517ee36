// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { renderSnapshots } from '../../src/prerender/render-snapshots.tsx';
import { indexFingerprint, reportFingerprint } from '../../src/prerender/snapshot.ts';
import { useReports } from '../../src/store/reports-store.ts';
import { resetReports } from './render-app.tsx';

const DATA = 'public/data/reports';
const read = (file: string) => readFileSync(`${DATA}/${file}`, 'utf8');
const SEED = 'liaocheng-nyncj-2020';
const sections = [
  ['overview', '一、总体情况'],
  ['publications', '二、主动公开政府信息情况'],
  ['applications', '三、收到和处理政府信息公开申请情况'],
  ['procurement', '政府集中采购'],
  ['appeals', '四、政府信息公开行政复议、行政诉讼情况'],
  ['problems', '五、存在的主要问题及改进情况'],
  ['other', '六、其他需要报告的事项'],
  ['checks', '勾稽校验'],
] as const;

// Hydrated here with react-dom itself, not testing-library: tell React that act() is in use.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  window.location.hash = '';
  resetReports();
  vi.restoreAllMocks();
});

describe('prerendered pages (the build’s snapshots of the embedded report)', () => {
  it('renders every section of the default report, complete, with the app’s hash links', async () => {
    const snapshots = await renderSnapshots(read('index.json'), read);
    expect(snapshots.map((s) => s.mark.route)).toEqual(
      sections.map(([path]) => `/reports/${SEED}/${path}`),
    );
    const { index, reports } = useReports.getState();
    const loaded = reports[SEED];
    if (index?.status !== 'ready' || loaded?.status !== 'ready') throw new Error('not loaded');
    for (const [i, { mark, html }] of snapshots.entries()) {
      const [, heading] = sections[i] ?? [];
      const page = document.createElement('div');
      page.innerHTML = html;
      expect(page.querySelector('main h1')?.textContent, mark.route).toContain(heading);
      // Nothing was left loading: React marks a boundary it could not finish.
      expect(html, mark.route).not.toMatch(/<!--\$[!?]-->/);
      const hrefs = [...page.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      // Links as the browser's HashRouter writes them (and the skip link, #main).
      expect(
        hrefs.filter((h) => !h?.startsWith('#/')),
        mark.route,
      ).toEqual(['#main']);
      expect(mark).toMatchObject({
        isDefault: i === 0,
        reportId: SEED,
        reportFile: `${SEED}.json`,
        index: indexFingerprint(index.data),
        report: reportFingerprint(loaded.data),
      });
    }
    const applications = document.createElement('div');
    applications.innerHTML = snapshots[2]?.html ?? '';
    // Table 三 with every row, its numbers as printed; the charts are drawn in the browser.
    expect(applications.querySelectorAll('#applications tbody tr').length).toBeGreaterThan(20);
    expect(
      applications.querySelector('[data-path="sections.applications.received.person"]')
        ?.textContent,
    ).toBe('6');
    expect(applications.querySelectorAll('.chart-placeholder')).toHaveLength(3);
  });

  it('refuses data it cannot read, naming the file', async () => {
    await expect(renderSnapshots('{"reports": 3}', read)).rejects.toThrow(/^index\.json: reports/);
    const index = JSON.stringify({
      default: 'x',
      reports: [{ id: 'x', agency: '某局', year: 2020, template: '2019', file: 'x.json' }],
    });
    await expect(renderSnapshots(index, () => '{"id": "x"}')).rejects.toThrow(/^x\.json: /);
  });

  it('is taken over by the app in the browser without a mismatch, keeping its elements', async () => {
    const snapshots = await renderSnapshots(read('index.json'), read);
    for (const { mark, html } of [snapshots[0], snapshots[2], snapshots[7]].filter(
      (s) => s !== undefined,
    )) {
      const container = document.createElement('div');
      container.id = 'root';
      container.innerHTML = html;
      document.body.append(container);
      window.location.hash = `#${mark.route}`;
      const heading = container.querySelector('main h1');
      const recoverable = vi.fn();
      const errors = vi.spyOn(console, 'error');
      await act(async () => {
        root = hydrateRoot(container, <App />, { onRecoverableError: recoverable });
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(recoverable, mark.route).not.toHaveBeenCalled();
      expect(errors, mark.route).not.toHaveBeenCalled();
      // Hydrated, not replaced: the very same element, now the app's.
      expect(container.querySelector('main h1'), mark.route).toBe(heading);
      expect(document.documentElement.dataset.app).toBe('ready');
      act(() => root?.unmount());
      root = undefined;
      container.remove();
      vi.restoreAllMocks();
    }
  });

  it('would be reported, not kept, if it did not match the app (the check above can fail)', async () => {
    const snapshots = await renderSnapshots(read('index.json'), read);
    const overview = snapshots[0];
    if (!overview) throw new Error('no overview');
    const container = document.createElement('div');
    container.innerHTML = overview.html.replace('聊城市农业农村局</span>', '别的机关</span>');
    document.body.append(container);
    window.location.hash = `#${overview.mark.route}`;
    const recoverable = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await act(async () => {
      root = hydrateRoot(container, <App />, { onRecoverableError: recoverable });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(recoverable).toHaveBeenCalled();
    // React drew the page afresh: the report's own agency, not the altered one.
    expect(container.querySelector('.agency')?.textContent).toBe('聊城市农业农村局');
  });
});
