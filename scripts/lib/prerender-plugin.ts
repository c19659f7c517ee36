import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { CHOOSER, snapshotBlock } from '../../src/prerender/snapshot.ts';

type RenderModule = typeof import('../../src/prerender/render-snapshots.tsx');

/** The chooser's hash, as a Content-Security-Policy source: it allows that one inline script. */
export const chooserSource = `'sha256-${createHash('sha256').update(CHOOSER).digest('base64')}'`;

/** Node renders the components; their stylesheets are the page's business, not its. */
const withoutStylesheets: Plugin = {
  name: 'xxgk-prerender-without-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0xxgk-no-css' : null),
  load: (id) => (id === '\0xxgk-no-css' ? 'export {}' : null),
};

/**
 * In the build only: renders every section of the embedded default report (public/data/
 * reports/index.json's `default`) with the app's own components (src/prerender/render-
 * snapshots.tsx, through Vite's module runner) and puts the pages into index.html as
 * `<template>`s, followed by the inline script that shows the one the address asks for. The
 * app takes the shown page over when it starts (src/main.tsx).
 */
export function prerender(): Plugin {
  let publicDir = '';
  let root = '';
  return {
    name: 'xxgk-prerender',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
    },
    async transformIndexHtml(html) {
      const data = join(publicDir, 'data', 'reports');
      const { module } = await runnerImport<RenderModule>(
        join(root, 'src/prerender/render-snapshots.tsx'),
        { configFile: false, logLevel: 'warn', root, plugins: [withoutStylesheets] },
      );
      const snapshots = await module.renderSnapshots(
        readFileSync(join(data, 'index.json'), 'utf8'),
        (file) => readFileSync(join(data, file), 'utf8'),
      );
      if (snapshots.length === 0) return html;
      const templates = snapshots.map((s) => snapshotBlock(s.mark, s.html)).join('\n');
      const marker = '<div id="root"></div>';
      if (!html.includes(marker)) throw new Error(`index.html has no ${marker}`);
      return html.replace(marker, `${marker}\n${templates}\n<script>${CHOOSER}</script>`);
    },
  };
}

/**
 * Every page loads the report list: index.html asks for it at once, beside the app's code,
 * rather than once that code has run. (The chooser does the same for the report it shows.)
 */
export function preloadData(): Plugin {
  return {
    name: 'xxgk-preload-data',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: './data/reports/index.json' },
        injectTo: 'head',
      },
    ],
  };
}

/**
 * The stylesheet goes into index.html itself (about 19 KB, 5 KB gzip). Linked, it is requested
 * only once the browser has parsed the page's first chunk, which the prerendered pages make
 * large (about 20 ms of parsing here, four times that on a slow phone); until it has arrived the
 * browser paints nothing, prerendered page or not. The file stays in `dist/assets/` as well.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'xxgk-inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\.\/(assets\/[\w-]+\.css)">/g,
          (link, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return link;
            const css = String(asset.source);
            if (/<\/style/i.test(css)) throw new Error(`${file} contains </style`);
            return `<style>${css}</style>`;
          },
        );
      },
    },
  };
}
