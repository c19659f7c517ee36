import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** The budget for the first route's JavaScript: 110 KB gzip, 1 KB = 1,024 bytes (docs/performance.md). */
export const FIRST_ROUTE_BUDGET_BYTES = 110 * 1024;

export interface Script {
  /** The file's path in dist/, e.g. `assets/index-Dc2GRnu6.js`. */
  readonly file: string;
  readonly bytes: number;
  /** Gzip at zlib's default level, as Vite's build report and a common server compress. */
  readonly gzip: number;
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;

const isScript = (url: string, contentType: string) =>
  /javascript|ecmascript/.test(contentType) || /\.m?js(\?|$)/.test(new URL(url).pathname);

/**
 * The JavaScript for the first route: every script response the page receives from the
 * start of navigation to `url` (the app's address with no route: it opens the default
 * report's overview) until the overview's h1 is visible and the network has been idle for
 * 500 ms. Each file's gzip size is computed here from the bytes received, whatever the
 * server sent. `page` must be fresh (nothing cached).
 */
export async function firstRouteScripts(page: Page, url: string): Promise<Script[]> {
  const base = new URL('.', url).href;
  const scripts: Promise<Script>[] = [];
  page.on('response', (response) => {
    if (!isScript(response.url(), response.headers()['content-type'] ?? '')) return;
    scripts.push(
      response.body().then((body) => ({
        file: response.url().replace(base, ''),
        bytes: body.length,
        gzip: gzipSize(body),
      })),
    );
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForURL(/#\/reports\/[^/]+\/overview$/);
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

export const totalGzip = (scripts: readonly Script[]): number =>
  scripts.reduce((sum, s) => sum + s.gzip, 0);

/**
 * The source files a built chunk holds, from its source map (`build.sourcemap` is on), as
 * paths relative to the project: `src/app/router.tsx`, `node_modules/recharts/…`.
 */
export function chunkSources(dist: string, file: string): string[] {
  const path = join(dist, `${file}.map`);
  // The bundler's own runtime helpers come with no map: they have no sources of ours.
  if (!existsSync(path)) return [];
  const map = JSON.parse(readFileSync(path, 'utf8')) as {
    sources: string[];
  };
  return map.sources.map((source) => source.replace(/^(\.\.\/)+/, ''));
}
