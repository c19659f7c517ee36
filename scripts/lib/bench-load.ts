import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium with the flags of tests/e2e/browser.ts (off the network, no GPU).
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBench(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/**
 * How long each fresh browser context waits before it navigates. A new headless window spends
 * its first second or so on its own start-up (it loads the address bar's popup, a WebUI page
 * of about 60 modules, in another renderer); on a two-core machine that work ran alongside
 * the page being measured and added 20–40 ms to a short load, more to the floor page, in
 * proportion, than to the app. Measured with this wait, the floor page's figure fell from
 * about 125 ms to about 80 ms.
 */
export const SETTLE_MS = 2000;

/** What the page reports about its own load; times in ms from the start of navigation. */
export interface Load {
  /**
   * The start of the first frame that draws the awaited element (its paint follows), or the
   * first contentful paint if that comes later: a page paints nothing before it.
   */
  readonly visible: number;
  readonly firstContentfulPaint: number;
  /**
   * When the app's script has taken the page over (React's first commit, marked by
   * `<html data-app="ready">`): from then on it answers the reader. A page without script
   * (the floor page) is as interactive as it is visible.
   */
  readonly interactive: number;
  /** Total blocking time: Σ (duration − 50 ms) of the long tasks after first contentful paint. */
  readonly blocking: number;
}

interface PageBench {
  visible: number | null;
  ready: number | null;
  fcp: number | null;
  longTasks: [number, number][];
}

declare global {
  interface Window {
    __bench?: PageBench;
  }
}

/**
 * Runs in the page before any of its own scripts: watches for an element matching the
 * selector to enter the document, then notes the time when the next frame starts (its
 * requestAnimationFrame callback): the frame that lays it out and paints it. Also records
 * first contentful paint and every long task. A string, not a function: tsx would
 * wrap the function's inner functions in a helper that the page does not have.
 */
const WATCH = `(selector) => {
  const bench = { visible: null, ready: null, fcp: null, longTasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (bench.visible = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
  // The <html> element does not exist yet when this runs: watch the whole document.
  const ready = new MutationObserver(() => {
    if (document.documentElement?.dataset.app !== 'ready') return;
    ready.disconnect();
    bench.ready = performance.now();
  });
  ready.observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
}`;

/**
 * Opens `url` in a fresh browser context (nothing cached), at `cpuSlowdown` times slower CPU
 * (Chrome DevTools Protocol `Emulation.setCPUThrottlingRate`), and measures the time until
 * `selector` is shown (e.g. `#applications table tbody tr`). After it is visible it waits for the network to be idle and one more second, so that the long
 * tasks of what follows (e.g. charts drawn beside a table) are counted too.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  selector: string,
  cpuSlowdown = 1,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page: Page = await context.newPage();
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript({ content: `(${WATCH})(${JSON.stringify(selector)});` });
    // A reader's browser is already open when they follow a link: let the new window finish
    // its own start-up before navigating (see SETTLE_MS).
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(url);
    await page.waitForFunction(
      () =>
        window.__bench?.visible != null &&
        (window.__bench.ready != null || !document.querySelector('script[type=module]')),
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const bench = (await page.evaluate(() => window.__bench)) as PageBench;
    const fcp = bench.fcp ?? 0;
    const blocking = bench.longTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    // Nothing is on screen before the first contentful paint, whatever the frames say.
    const visible = Math.max(bench.visible ?? Number.NaN, fcp);
    return { visible, firstContentfulPaint: fcp, interactive: bench.ready ?? visible, blocking };
  } finally {
    await context.close();
  }
}
