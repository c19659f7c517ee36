import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { floorPage } from './lib/bench-floor-page.ts';
import {
  FIRST_ROUTE_BUDGET_BYTES,
  firstRouteScripts,
  gzipSize,
  totalGzip,
} from './lib/bench-first-route.ts';
import { runInChild, type BatchResult, type PdfRate } from './lib/bench-import.ts';
import { benchDataset } from './lib/bench-dataset.ts';
import { benchLibrary } from './lib/bench-library.ts';
import { launchBench, measureLoad, type Load } from './lib/bench-load.ts';
import { benchPdf, longPdf, measurePdfImport, type PdfImport } from './lib/bench-pdf.ts';
import { serveBench } from './lib/bench-server.ts';
import { figure, kilobytes, median } from './lib/bench-stats.ts';

// `npm run bench`: builds the app, then prints one figure a line (`name: value unit`) on
// standard output; progress goes to standard error. The method is in docs/performance.md.

const DIST = resolve('dist');
const SEED = 'liaocheng-nyncj-2020';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * `BENCH_ONLY=loads` skips the import figures (quicker, while working on page loads);
 * `BENCH_ONLY=pdf` prints only the PDF import figures, in the browser and in Node;
 * `BENCH_ONLY=dataset` only the dataset figures (docs/performance.md).
 */
const ONLY = process.env.BENCH_ONLY;
/**
 * `BENCH_DATASET_SIZES=10000` measures only the 10,000-report dataset (its load, sorts and
 * filters, a minute or two), skipping the 100,000 reports' load and memory (most of the ten
 * minutes); the default is both, `10000,100000`.
 */
const DATASET_SIZES = (process.env.BENCH_DATASET_SIZES ?? '10000,100000').split(',');
const BATCH = 1000;
const TABLE = '#applications table tbody tr';
const OVERVIEW = '.stat-card';

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
const print = (line: string) => process.stdout.write(`${line}\n`);

function build() {
  progress('building (vite build)…');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Every script of the build, by file (`assets/x-hash.js`), gzip bytes. */
function builtScripts(): Map<string, number> {
  const dir = join(DIST, 'assets');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`assets/${name}`, gzipSize(readFileSync(join(dir, name)))]),
  );
}

/** `assets/chart-frame-m67eVU0Y.js` → `chart-frame`. */
const chunkName = (file: string) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');

interface Scenario {
  readonly name: string;
  readonly url: string;
  readonly selector: string;
  readonly cpu: number;
}

/** The dataset figures: 10,000 and 100,000 synthetic reports (docs/performance.md). */
async function datasetFigures() {
  const browser = await launchBench();
  try {
    if (DATASET_SIZES.includes('10000')) await tenThousand(browser);
    if (!DATASET_SIZES.includes('100000')) return;
    progress('dataset of 100000 synthetic reports (a few minutes)…');
    const hundred = await benchDataset(browser, DIST, 100_000, false);
    print(figure('dataset load 100000 reports', hundred.load, 'ms', 0));
    print(figure('dataset memory 100000 reports', hundred.memoryMb, 'MB'));
    print(figure('dataset files 100000 reports', hundred.datasetMb, 'MB'));
  } finally {
    await browser.close();
  }
}

/** The 10,000 reports' figures: the load, the floor, the sorts and filters. */
async function tenThousand(browser: Browser) {
  progress('dataset of 10000 synthetic reports…');
  const ten = await benchDataset(browser, DIST, 10_000, true);
  const each = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  progress(
    `dataset loads (ms): opened directly ${each(ten.loads)}; in an open app ${each(ten.inApps)}`,
  );
  progress(`dataset blank page (ms): ${each(ten.blanks)}`);
  progress(`dataset JSON-in-a-worker page (ms): ${each(ten.jsonWorkers)}`);
  progress(`dataset longest tasks (ms): opened directly ${each(ten.longests)}`);
  progress(`dataset sorts (ms, in order): ${each(ten.sorts)}`);
  progress(`dataset filters (ms, in order): ${each(ten.filters)}`);
  progress(`dataset longest tasks after a filter and a pause (ms): ${each(ten.pausedLongests)}`);
  print(figure('dataset load 10000 reports', ten.load, 'ms', 0));
  print(figure('dataset json.parse floor 10000 reports', ten.floor, 'ms', 0));
  print(figure('dataset load ratio vs json.parse', ten.load / ten.floor, '', 2));
  // The browser's own start, for scale: no page opened directly is under this.
  print(figure('dataset blank page painted', ten.blank, 'ms', 0));
  print(figure('dataset blank page ratio vs json.parse', ten.blank / ten.floor, '', 2));
  // The same job done by a page of no framework with a worker and JSON: the least a page
  // opened directly can take for it (docs/performance.md).
  print(figure('dataset JSON-in-a-worker page painted', ten.jsonWorker, 'ms', 0));
  print(
    figure('dataset JSON-in-a-worker page ratio vs json.parse', ten.jsonWorker / ten.floor, '', 2),
  );
  print(
    figure('dataset load ratio vs the JSON-in-a-worker page', ten.load / ten.jsonWorker, '', 2),
  );
  print(figure('dataset load 10000 reports in an open app', ten.inApp, 'ms', 0));
  print(figure('dataset load ratio vs json.parse in an open app', ten.inApp / ten.floor, '', 2));
  print(figure('dataset sort p95', ten.sort, 'ms', 0));
  print(figure('dataset filter p95', ten.filter, 'ms', 0));
  print(figure('dataset longest main-thread task while loading', ten.longest, 'ms', 0));
  print(
    figure('dataset longest main-thread task after a filter', median(ten.pausedLongests), 'ms', 0),
  );
  print(
    figure(
      'dataset longest main-thread task while loading in an open app',
      ten.inAppLongest,
      'ms',
      0,
    ),
  );
  print(figure('dataset files 10000 reports', ten.datasetMb, 'MB'));
}

async function main() {
  build();
  if (ONLY === 'dataset') {
    await datasetFigures();
    return;
  }
  const server = await serveBench(DIST, {
    '/floor.html': floorPage(DIST, `public/data/reports/${SEED}.json`),
  });
  const browser = await launchBench();
  try {
    if (ONLY !== 'pdf') await pagesAndLoads(browser, server.url);
    if (ONLY !== 'loads') await pdfInBrowser(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
  if (ONLY === 'loads') return;
  if (ONLY !== 'pdf') {
    await datasetFigures();
    importFigures();
  }
  progress('pdf import in node…');
  const pdf = runInChild<PdfRate>('pdf');
  if (pdf.imported !== pdf.files) throw new Error('a corpus PDF did not import');
  print(figure('import throughput pdf corpus', pdf.rate, 'reports/s'));
  print(figure('import pdf 6-page report in node', pdf.sixPageMs, 'ms', 0));
  print(figure('import pdf first file of a node process', pdf.firstMs, 'ms', 0));
}

/** The corpus's 6-page PDF and a 51-page one, each dropped on the Import page RUNS times. */
async function pdfInBrowser(browser: Browser, url: string) {
  const pdfs = [
    { label: '', bytes: benchPdf() },
    { label: ' 51 pages', bytes: await longPdf(browser) },
  ];
  for (const { label, bytes } of pdfs) {
    const runs: PdfImport[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      progress(`pdf${label} import in the browser, run ${run} of ${RUNS}…`);
      runs.push(await measurePdfImport(browser, url, bytes));
    }
    const longest = runs.map((r) => r.longestTask);
    const name = `import pdf${label} in browser`;
    print(figure(name, median(runs.map((r) => r.ms)), 'ms', 0));
    print(figure(`${name} longest main-thread task`, median(longest), 'ms', 0));
    print(figure(`${name} longest main-thread task worst run`, Math.max(...longest), 'ms', 0));
  }
}

/** The first route's scripts and the page loads (every figure but the imports'). */
async function pagesAndLoads(browser: Browser, url: string) {
  progress('first route…');
  const context = await browser.newContext();
  const first = await firstRouteScripts(await context.newPage(), url);
  await context.close();
  const all = builtScripts();
  const firstFiles = new Set(first.map((s) => s.file));
  const lazy = [...all].filter(([file]) => !firstFiles.has(file)).sort((a, b) => b[1] - a[1]);
  print(figure('first-route js (gzip)', kilobytes(totalGzip(first)), 'KB'));
  print(figure('first-route js budget (gzip)', kilobytes(FIRST_ROUTE_BUDGET_BYTES), 'KB'));
  print(figure('first-route js files', first.length, 'files', 0));
  print(figure('total js (gzip)', kilobytes([...all.values()].reduce((a, b) => a + b, 0)), 'KB'));
  print(figure('lazy js (gzip)', kilobytes(lazy.reduce((sum, [, size]) => sum + size, 0)), 'KB'));
  for (const [file, size] of lazy)
    print(figure(`lazy js ${chunkName(file)}`, kilobytes(size), 'KB'));

  const scenarios: Scenario[] = [1, 4].flatMap((cpu) => [
    { name: 'floor', url: `${url}floor.html`, selector: TABLE, cpu },
    {
      name: 'applications',
      url: `${url}#/reports/${SEED}/applications`,
      selector: TABLE,
      cpu,
    },
    { name: 'overview', url: `${url}#/reports/${SEED}/overview`, selector: OVERVIEW, cpu },
  ]);
  const loads = scenarios.map((scenario) => ({ scenario, runs: [] as Load[] }));
  // Interleaved, so that a slow moment of the machine falls on every page alike.
  for (let run = 1; run <= RUNS; run += 1) {
    progress(`page loads, run ${run} of ${RUNS}…`);
    for (const { scenario, runs } of loads) {
      runs.push(await measureLoad(browser, scenario.url, scenario.selector, scenario.cpu));
    }
  }
  const med = (name: string, cpu: number, pick: (l: Load) => number) =>
    median(
      loads
        .filter(({ scenario: s }) => s.name === name && s.cpu === cpu)
        .flatMap(({ runs }) => runs.map(pick)),
    );
  for (const cpu of [1, 4]) {
    const at = cpu === 1 ? '' : ` at ${cpu}x cpu slowdown`;
    const floor = med('floor', cpu, (l) => l.visible);
    const app = med('applications', cpu, (l) => l.visible);
    print(figure(`floor page applications table visible${at}`, floor, 'ms', 0));
    print(figure(`app applications table visible${at}`, app, 'ms', 0));
    print(figure(`load ratio vs floor page${at}`, app / floor, '', 2));
    const interactive = med('applications', cpu, (l) => l.interactive);
    print(figure(`app applications table interactive${at}`, interactive, 'ms', 0));
    print(figure(`interactive ratio vs floor page${at}`, interactive / floor, '', 2));
    print(
      figure(
        `app overview visible${at}`,
        med('overview', cpu, (l) => l.visible),
        'ms',
        0,
      ),
    );
    for (const page of ['overview', 'applications']) {
      print(
        figure(
          `total blocking time ${page}${at}`,
          med(page, cpu, (l) => l.blocking),
          'ms',
          0,
        ),
      );
    }
  }
}

function importFigures() {
  progress('import throughput…');
  const corpus = runInChild<{ files: number; imported: number; rate: number }>('corpus');
  print(figure('import throughput corpus', corpus.rate, 'reports/s', 0));
  const batches = [1, 2, 3].map(() => runInChild<BatchResult>('batch', BATCH));
  const mb = (bytes: number) => bytes / 1e6;
  print(
    figure(
      `import throughput ${BATCH} generated files`,
      median(batches.map((b) => b.files / b.seconds)),
      'reports/s',
      0,
    ),
  );
  print(figure(`import batch imported`, median(batches.map((b) => b.imported)), 'files', 0));
  print(figure(`import batch memory peak heap`, median(batches.map((b) => mb(b.peakHeap))), 'MB'));
  print(
    figure(
      `import batch memory growth heap`,
      median(batches.map((b) => mb(b.peakHeap - b.baseHeap))),
      'MB',
    ),
  );
  print(figure(`import batch memory peak rss`, median(batches.map((b) => mb(b.peakRss))), 'MB'));

  progress('the library of generated reports…');
  const library = benchLibrary(200, 5);
  print(figure(`library of ${library.reports} generated reports`, library.build, 'ms', 0));
  print(figure(`every metric of ${library.reports} generated reports`, library.metrics, 'ms', 0));
}

await main();
