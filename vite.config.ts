import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pdfAssets } from './scripts/lib/pdf-assets-plugin.ts';
import {
  chooserSource,
  inlineStylesheet,
  preloadData,
  prerender,
} from './scripts/lib/prerender-plugin.ts';

// The overview (the first route's page) and what it imports that later pages import too.
const FIRST_PAGE =
  /\/src\/(app\/routes\/(overview-route|format)|app\/use-open-report|report\/(metrics|text-points)|components\/ui\/(stat-card|text-blocks))\.tsx?$/;

// A plain static server sets no headers, so the policy travels in the page itself. Scripts
// only from the app's own files and the one inline script that shows a prerendered page
// (allowed by its hash; no other inline script, no eval), data only from its own origin.
// Inline styles stay allowed: React and the chart export set them, and they run no code.
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${chooserSource}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // Workers only from the app's own files (pdf.js's, for reading PDFs), never blob: or data:.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only in the build: the dev server's hot reload needs an inline script.
const csp = (): Plugin => ({
  name: 'xxgk-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
});

// `base: './'` makes every asset URL relative, so the built app works from any sub-path
// of any static server (an intranet's /xxgk/, a file share) without configuration.
export default defineConfig(({ command }) => ({
  base: './',
  // React Router's package points every import at its development build, which differs from
  // its production build only in `ENABLE_DEV_WARNINGS = true`: the build takes the production
  // one, and its development warnings are dropped as dead code (some 1.x KB gzip of the first
  // route). The dev server and the tests keep the warnings.
  resolve:
    command === 'build'
      ? {
          alias: [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
            // Its DOM part too (unused today): two builds would be two routers' contexts.
            {
              find: /^react-router\/dom$/,
              replacement: fileURLToPath(
                new URL(
                  './node_modules/react-router/dist/production/dom-export.mjs',
                  import.meta.url,
                ),
              ),
            },
          ],
        }
      : {},
  plugins: [react(), csp(), prerender(), preloadData(), inlineStylesheet(), pdfAssets()],
  // Workers as ES modules, split like the page: the dataset worker starts with its reader alone,
  // and fetches the Parquet writer when a download asks for it (an IIFE worker inlined it).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser this targets (es2022) supports modulepreload; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    // One stylesheet, linked from index.html: a prerendered page is styled before any script
    // runs, whichever section it shows (about 19 KB, 5 KB gzip, for every section).
    cssCodeSplit: false,
    // The first page's modules in one chunk, whatever the pages loaded later share with it:
    // otherwise rolldown 1.2 moves some of them (the report layouts, React's JSX runtime, the
    // saved-reports store) into chunks of their own as soon as a second lazy page imports them,
    // which costs the first route some 2-3 KB gzip of extra files (docs/performance.md).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first', tags: ['$initial'] },
            // The first route's page (the overview) and the small modules it shares with later
            // pages, in the same chunk: as five files of their own they cost the first route some
            // 400 bytes gzip of file and import overhead.
            { name: 'first', test: FIRST_PAGE },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Component tests draw whole pages with their charts in jsdom: on a loaded two-core CI
    // machine one can take over 5 s, vitest's default, without anything being wrong.
    testTimeout: 15_000,
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
}));
