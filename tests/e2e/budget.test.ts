import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chunkSources,
  FIRST_ROUTE_BUDGET_BYTES,
  firstRouteScripts,
  totalGzip,
  type Script,
} from '../../scripts/lib/bench-first-route.ts';
import { openBrowser, type Session } from './browser.ts';

// What must never be on the first route: it loads when a page needs it.
const LATER = [
  /node_modules\/recharts\//,
  /node_modules\/@tanstack\//,
  /node_modules\/(write-excel-file|mammoth|parse5|jszip|pdfjs-dist)\//,
  /^src\/components\/(charts|tables|import)\//,
  /^src\/(export|importer)\//,
  /^src\/i18n\/(messages-en|import-messages|export-messages)\.ts$/,
];

const list = (scripts: readonly Script[]) =>
  scripts.map((s) => `${s.file} ${s.gzip} B gzip`).join('\n');

describe('the first route’s JavaScript (a size, not a time)', () => {
  let session: Session;
  let scripts: Script[];
  beforeAll(async () => {
    session = await openBrowser();
    scripts = await firstRouteScripts(session.page, inject('baseUrl'));
  });
  afterAll(async () => {
    await session.close();
  });

  it(`is at most ${FIRST_ROUTE_BUDGET_BYTES / 1024} KB gzip (docs/performance.md)`, () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(totalGzip(scripts), list(scripts)).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET_BYTES);
  });

  it('holds no chart, table, export or import code, nor the English strings', () => {
    const early = scripts.flatMap((s) =>
      chunkSources(resolve('dist'), s.file)
        .filter((source) => LATER.some((pattern) => pattern.test(source)))
        .map((source) => `${s.file}: ${source}`),
    );
    expect(early).toEqual([]);
  });
});
