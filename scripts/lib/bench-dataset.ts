import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allCellPaths, cellColumn } from '../../src/dataset/dataset-columns.ts';
import { syntheticReports } from '../../src/dataset/synthetic-reports.ts';
import type { WriteInput } from '../../src/dataset/write-dataset.ts';
import { loadReport } from '../../src/load/load-report.ts';
import { serveBench } from './bench-server.ts';
import { SETTLE_MS } from './bench-load.ts';

// The dataset figures (docs/performance.md): N synthetic reports written as a dataset beside a
// copy of the built app, opened at `#/compare?all=1` in Chromium; a floor page parses the same
// reports' cells as one column-oriented JSON in the same browser.

const TABLE = '#compare table tbody tr.dt-row';
const VIEWPORT = { width: 1366, height: 900 };
/** Loads measured of each kind, for their median (the 100,000 reports: one). */
const LOADS = Number(process.env.BENCH_DATASET_LOADS ?? 3);

/** N synthetic reports, loaded as `npm run dataset` loads them. */
function inputs(count: number): WriteInput[] {
  return [...syntheticReports(count, 1)].map((file) => {
    const loaded = loadReport(file);
    if (!loaded.ok) throw new Error('a synthetic report does not load');
    return { report: loaded.report, findings: loaded.findings, file };
  });
}

/**
 * Writes the dataset of `count` synthetic reports into `dir`, in a Node of its own with room
 * for 100,000 reports (bench-dataset-files.ts); returns the shards' bytes.
 */
function writeFiles(count: number, dir: string): number {
  const result = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=12288',
      '--import',
      'tsx',
      'scripts/lib/bench-dataset-files.ts',
      String(count),
      dir,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`writing the dataset of ${count} reports failed`);
  return Number(result.stdout.trim());
}

/** The largest resident set of the browser's renderer processes, in bytes (Linux's /proc). */
async function rendererMemory(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  const sizes = processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    });
  return Math.max(0, ...sizes);
}

/** Every table cell of the reports, column by column: what the floor page parses. */
function cellsJson(reports: readonly WriteInput[]): string {
  const columns: Record<string, (number | null)[]> = {};
  for (const path of allCellPaths()) columns[cellColumn(path)] = [];
  for (const { report } of reports) {
    const cells = new Map<string, number | null>();
    const walk = (node: unknown, path: string) => {
      if (node && typeof node === 'object' && 'raw' in node) {
        cells.set(path, (node as unknown as { value: number | null }).value);
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
      }
    };
    walk(report.sections, 'sections');
    for (const path of allCellPaths()) columns[cellColumn(path)]?.push(cells.get(path) ?? null);
  }
  return JSON.stringify(columns);
}

const FLOOR = `<!doctype html><meta charset="utf-8"><title>floor</title><script>
fetch('cells.json').then(r => r.text()).then(text => {
  const t = performance.now(); const data = JSON.parse(text); window.__parse = performance.now() - t;
  window.__columns = Object.keys(data).length;
});
</script>`;

// The browser's own start, for scale: a page of one line of text, from the start of
// navigation until the frame that draws it has been painted (as the rows are timed).
const BLANK = `<!doctype html><meta charset="utf-8"><title>blank</title><p>政府信息公开</p><script>
requestAnimationFrame(() => { const c = new MessageChannel();
  c.port1.onmessage = () => (window.__painted = performance.now()); c.port2.postMessage(null); });
</script>`;

// The same job done the least costly way a page can do it with a worker, for scale against
// the app opened directly: no framework, no checks, no Parquet; a worker fetches the cells'
// JSON, parses it and posts the first rows (15 of 31 columns, as many as the comparison
// draws) to the page, which draws them as a table; timed as the rows are.
const JSON_WORKER_PAGE = `<!doctype html><meta charset="utf-8"><title>json in a worker</title>
<table><tbody></tbody></table><script>
new Worker('dataset-json-worker.js').onmessage = (event) => {
  const body = document.querySelector('tbody');
  for (const row of event.data) {
    const tr = document.createElement('tr');
    for (const value of row) {
      const td = document.createElement('td');
      td.textContent = value === null ? '' : String(value);
      tr.append(td);
    }
    body.append(tr);
  }
  requestAnimationFrame(() => { const c = new MessageChannel();
    c.port1.onmessage = () => (window.__painted = performance.now()); c.port2.postMessage(null); });
};
</script>`;
const JSON_WORKER = `fetch('cells.json').then((r) => r.text()).then((text) => {
  const data = JSON.parse(text);
  const names = Object.keys(data).slice(0, 31);
  const rows = [];
  for (let i = 0; i < 15; i += 1) rows.push(names.map((name) => data[name][i]));
  postMessage(rows);
});
`;

/** A page that marks `__painted` (the blank page, the JSON-in-a-worker page), opened in a fresh context: its time to painted. */
async function loadBlank(
  browser: Browser,
  url: string,
  path = 'dataset-blank.html',
): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.waitForTimeout(SETTLE_MS);
  await page.goto(`${url}${path}`);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
  const painted = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
  await context.close();
  return painted;
}

// Watches for the first rows and the long tasks, from before the page's own scripts.
const WATCH = () => {
  const w = window as unknown as Record<string, number>;
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!w.__rows) w.__longest = Math.max(w.__longest ?? 0, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  // The rows are shown once the frame that draws them has been painted: a message posted in
  // that frame's animation callback is handled after its paint.
  let asked = false;
  // Inline callbacks, not named ones: the bench's compiler would name them with a helper
  // (`__name`) the page lacks.
  new MutationObserver(() => {
    if (!asked && document.querySelector('#compare table tbody tr.dt-row')) {
      asked = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__rows ??= performance.now());
        channel.port2.postMessage(null);
      });
    }
  }).observe(document, { childList: true, subtree: true });
};

/**
 * In an app already open (on the default report's overview, settled): `#/compare?all=1` opened
 * as a link would, to its first rows painted; and the longest main-thread task meanwhile.
 */
async function openInApp(page: Page, url: string): Promise<{ load: number; longest: number }> {
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: 60_000 });
  await page.waitForTimeout(2500);
  return page.evaluate(async () => {
    let longest = 0;
    let done = false;
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!done) longest = Math.max(longest, e.duration);
    });
    tasks.observe({ type: 'longtask' });
    const start = performance.now();
    const shown = new Promise<number>((resolve) => {
      const watch = new MutationObserver(() => {
        if (!document.querySelector('#compare table tbody tr.dt-row')) return;
        watch.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    location.hash = '#/compare?all=1';
    const end = await shown;
    done = true;
    tasks.disconnect();
    return { load: end - start, longest };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

type Action = { readonly sort: string } | { readonly filter: string };

/** From an action (a header's click, a filter typed) to the new rows drawn (the next frame). */
async function timeChange(page: Page, action: Action): Promise<number> {
  return page.evaluate(async (action) => {
    const body = document.querySelector('#compare table tbody') as HTMLElement;
    const before = body.textContent;
    const start = performance.now();
    if ('sort' in action) {
      [...document.querySelectorAll<HTMLButtonElement>('#compare thead button')]
        .find((b) => b.textContent?.startsWith(action.sort))
        ?.click();
    } else {
      const input = document.querySelector<HTMLInputElement>(
        '#compare .dt-filter-row td:nth-child(2) input',
      ) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        input,
        action.filter,
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // A loop, not a named callback: the bench's compiler would name it with a helper the page lacks.
    // Checked at each frame's start; the frame that finds the new rows draws them, and a message
    // posted then is handled once it has been painted.
    while (body.textContent === before) {
      await new Promise((r) => requestAnimationFrame(r));
      if (performance.now() - start > 5000)
        throw new Error(`no new rows after ${JSON.stringify(action)}`);
    }
    await new Promise((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = r;
      channel.port2.postMessage(null);
    });
    return performance.now() - start;
  }, action);
}

const PAUSED = 5;

/** A column filter typed, then a second's pause: the longest main-thread task meanwhile. */
async function longestAfterFilter(page: Page, filter: string): Promise<number> {
  return page.evaluate(async (filter) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    const input = document.querySelector<HTMLInputElement>(
      '#compare .dt-filter-row td:nth-child(2) input',
    ) as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, filter);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 1000));
    observer.disconnect();
    return longest;
  }, filter);
}

/** `#/compare?all=1` opened directly, to its first rows painted, and the longest task before. */
async function loadCold(page: Page, url: string): Promise<{ load: number; longest: number }> {
  await page.addInitScript(WATCH);
  await page.goto(`${url}#/compare?all=1`);
  await page.waitForSelector(TABLE, { timeout: 300_000 });
  await page.waitForFunction(() => (window as unknown as { __rows?: number }).__rows, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __rows: number; __longest?: number };
    return { load: w.__rows, longest: w.__longest ?? NaN };
  });
}

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? NaN;

export interface DatasetFigures {
  /** Medians of LOADS loads, and each load's figure. */
  load: number;
  loads: number[];
  floor: number;
  /** The blank page's time to painted: median of LOADS, and each. */
  blank: number;
  blanks: number[];
  /** The JSON-in-a-worker page's time to its rows painted: median of LOADS, and each. */
  jsonWorker: number;
  jsonWorkers: number[];
  longest: number;
  longests: number[];
  /** Opened from an app already open: medians of LOADS, and each. */
  inApp: number;
  inApps: number[];
  inAppLongest: number;
  sort: number;
  filter: number;
  /** Each of the 20 sorts and 20 filters, in order. */
  sorts: number[];
  filters: number[];
  /** The longest main-thread task after each of PAUSED filters, each followed by a pause. */
  pausedLongests: number[];
  memoryMb: number;
  datasetMb: number;
}

/** Builds the dataset of `count` reports and measures it in `browser`. */
export async function benchDataset(
  browser: Browser,
  dist: string,
  count: number,
  interactions: boolean,
): Promise<DatasetFigures> {
  const root = mkdtempSync(join(tmpdir(), 'xxgk-bench-dataset-'));
  try {
    cpSync(dist, root, { recursive: true });
    const datasetBytes = writeFiles(count, join(root, 'data/dataset'));
    // The floor's page is only measured with the interactions (10,000 reports).
    if (interactions) {
      writeFileSync(join(root, 'cells.json'), cellsJson(inputs(count)));
      writeFileSync(join(root, 'dataset-json-worker.js'), JSON_WORKER);
    }
    const server = await serveBench(root, {
      '/dataset-floor.html': FLOOR,
      '/dataset-blank.html': BLANK,
      '/dataset-json-worker.html': JSON_WORKER_PAGE,
    });
    try {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.waitForTimeout(SETTLE_MS);
      let floor = NaN;
      if (interactions) {
        await page.goto(`${server.url}dataset-floor.html`);
        await page.waitForFunction(
          () => (window as unknown as { __parse?: number }).__parse !== undefined,
          undefined,
          { timeout: 120_000 },
        );
        floor = await page.evaluate(() => (window as unknown as { __parse: number }).__parse);
      }
      // Loads in fresh contexts (nothing cached), the first in this one: their median is the
      // figure (one load moves by hundreds of milliseconds on a shared machine).
      const loads: number[] = [];
      const longests: number[] = [];
      const inApps: number[] = [];
      const inAppLongests: number[] = [];
      const blanks: number[] = [];
      const jsonWorkers: number[] = [];
      const runs = interactions ? LOADS : 1;
      for (let run = 0; run < runs; run += 1) {
        if (interactions) {
          const fresh = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
          const other = await fresh.newPage();
          await other.waitForTimeout(SETTLE_MS);
          const opened = await openInApp(other, server.url);
          inApps.push(opened.load);
          inAppLongests.push(opened.longest);
          await fresh.close();
          blanks.push(await loadBlank(browser, server.url));
          jsonWorkers.push(await loadBlank(browser, server.url, 'dataset-json-worker.html'));
        }
        if (run === runs - 1) break;
        const fresh = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
        const other = await fresh.newPage();
        await other.waitForTimeout(SETTLE_MS);
        const cold = await loadCold(other, server.url);
        loads.push(cold.load);
        longests.push(cold.longest);
        await fresh.close();
      }
      const { load, longest } = await loadCold(page, server.url);
      loads.push(load);
      longests.push(longest);
      const sorts: number[] = [];
      const filters: number[] = [];
      const pausedLongests: number[] = [];
      if (interactions) {
        // A reader's first click comes after the page has settled: its charts drawn (their
        // first drawing, a long task, would otherwise fall on the first sorts).
        await page.waitForSelector('#compare-distribution svg', { timeout: 60_000 });
        await page.waitForTimeout(1000);
        for (let i = 0; i < 20; i += 1) {
          // One header, clicked again and again: ascending, descending, unsorted, and so on.
          // (Two headers both ascending can give the same first rows: the many zeros.)
          sorts.push(await timeChange(page, { sort: '本年新收' }));
        }
        for (let i = 0; i < 20; i += 1) {
          filters.push(await timeChange(page, { filter: i % 2 ? `>${i}` : `<${i + 3}` }));
        }
        // A reader typing pauses, and the charts follow the rows matched: the longest task
        // from a filter until a second later (a key typed meanwhile waits for it).
        for (let i = 0; i < PAUSED; i += 1) {
          pausedLongests.push(await longestAfterFilter(page, i % 2 ? `>${i + 4}` : `<${i + 6}`));
        }
      }
      // The worker holds the table, and a worker has no `performance.memory`: the figure is
      // the resident memory of the busiest renderer (the page's process, its worker inside).
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const memory = await rendererMemory(browser);
      await context.close();
      return {
        load: median(loads),
        loads,
        floor,
        blank: median(blanks),
        blanks,
        jsonWorker: median(jsonWorkers),
        jsonWorkers,
        longest: median(longests),
        longests,
        inApp: median(inApps),
        inApps,
        inAppLongest: median(inAppLongests),
        sort: p95(sorts),
        filter: p95(filters),
        sorts,
        filters,
        pausedLongests,
        memoryMb: memory / 1e6,
        datasetMb: datasetBytes / 1e6,
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
