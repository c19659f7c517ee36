import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

// pdf.js's CMaps (1.2 MB in 169 files, with Adobe's licence) as static files of the app, at
// `pdfjs/cmaps/` beside index.html: copied from the installed package into the build, and
// served from it by the dev server. pdf.js fetches one only when a PDF's font is not embedded
// and needs it (STSong-Light's UniGB-UCS2-H, 43 KB), so most imports fetch none.

export const CMAP_PATH = 'pdfjs/cmaps/';

const cmapDir = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

export function pdfAssets(): Plugin {
  return {
    name: 'xxgk-pdf-cmaps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /\/pdfjs\/cmaps\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
        if (!name) return next();
        try {
          const body = readFileSync(join(cmapDir(), name));
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(cmapDir())) {
        this.emitFile({
          type: 'asset',
          fileName: `${CMAP_PATH}${name}`,
          source: readFileSync(join(cmapDir(), name)),
        });
      }
    },
  };
}
