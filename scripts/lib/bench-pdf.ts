import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { SETTLE_MS } from './bench-load.ts';

// A PDF dropped on the Import page of the built app, in a fresh browser context each
// time (so pdf.js, its worker and the first fonts load as they do for a reader's first PDF):
// the time from the drop to the card saying it can be saved, and the longest the page's main
// thread was busy meanwhile (pdf.js and the rebuilding of lines and rows run in a worker; the
// main thread posts the bytes, reads the report from the source document and draws the card).

export const BENCH_PDF = 'tests/fixtures/corpus/huaian-city-gov-2024.pdf';

export const benchPdf = (): Buffer => readFileSync(BENCH_PDF);

/**
 * A long PDF, 51 pages: the 2021-format HTML fixture printed 17 times over by Chromium, each
 * copy from a new page (the import reads the first copy's tables; the rest is text to read).
 */
export async function longPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL('tests/fixtures/importer/html/donglin-county-2022.shtml').href);
    await page.evaluate(`(() => {
      const copy = document.body.innerHTML;
      document.body.innerHTML = Array.from({ length: 17 }, () => copy)
        .join('<div style="break-after: page"></div>');
    })()`);
    const margin = { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' };
    return await page.pdf({ format: 'A4', margin });
  } finally {
    await page.close();
  }
}

export interface PdfImport {
  readonly ms: number;
  /**
   * The longest stretch the main thread did not answer: the largest gap between two turns
   * of a message loop that runs all along (long tasks over 50 ms are counted too).
   */
  readonly longestTask: number;
}

interface PdfWatch {
  start: number;
  done: number | null;
  longestGap: number;
  tasks: [number, number][];
}

declare global {
  interface Window {
    __pdfFile?: File;
    __pdfBench?: PdfWatch;
  }
}

// Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
const MAKE_FILE = `(base64) => {
  const data = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  window.__pdfFile = new File([data], 'report.pdf', { type: 'application/pdf' });
}`;

const DROP = `() => {
  const watch = { start: 0, done: null, longestGap: 0, tasks: [] };
  window.__pdfBench = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    watch.longestGap = Math.max(watch.longestGap, now - last);
    last = now;
    if (watch.done === null) channel.port2.postMessage(0);
  };
  new MutationObserver(() => {
    if (watch.done !== null) return;
    const badge = document.querySelector('.import-card .badge');
    if (badge && /可以导入|无法导入/.test(badge.textContent || '')) watch.done = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  const transfer = new DataTransfer();
  transfer.items.add(window.__pdfFile);
  const zone = document.querySelector('.drop-zone');
  watch.start = performance.now();
  last = watch.start;
  channel.port2.postMessage(0);
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}`;

export async function measurePdfImport(
  browser: Browser,
  appUrl: string,
  pdf: Buffer,
): Promise<PdfImport> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(`${appUrl}#/import`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.locator('.drop-zone').waitFor();
    await page.evaluate(`(${MAKE_FILE})(${JSON.stringify(pdf.toString('base64'))})`);
    await page.evaluate(`(${DROP})()`);
    await page.waitForFunction(() => window.__pdfBench?.done != null, undefined, {
      timeout: 60_000,
    });
    const watch = (await page.evaluate(() => window.__pdfBench)) as PdfWatch;
    const badge = await page.locator('.import-card .badge').first().textContent();
    if (!badge?.includes('可以导入')) throw new Error(`the bench PDF did not import: ${badge}`);
    const done = watch.done ?? watch.start;
    const long = watch.tasks
      .filter(([at, length]) => at + length > watch.start && at < done)
      .map(([, length]) => length);
    return { ms: done - watch.start, longestTask: Math.max(watch.longestGap, ...long) };
  } finally {
    await context.close();
  }
}
