import * as pdfjs from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { type PdfEngine, commonOptions } from './pdf-engine.ts';

// pdf.js in the browser: its modern build, parsing in its own Web Worker (bundled by Vite as a
// worker of this origin, so the page's policy lets it start), so a long PDF never holds up the
// page. The CMaps are static files of the build (scripts/lib/pdf-assets-plugin.ts), fetched by
// the worker only when a font needs one.

let worker: Worker | null = null;

export function loadPdfEngine(): Promise<PdfEngine> {
  // One worker for the page's lifetime: pdf.js reuses it for every file.
  if (!worker) {
    worker = new PdfWorker();
    pdfjs.GlobalWorkerOptions.workerPort = worker;
  }
  const cMapUrl = new URL('pdfjs/cmaps/', document.baseURI).href;
  return Promise.resolve({
    open: (data) => pdfjs.getDocument({ ...commonOptions, data, cMapUrl, useWorkerFetch: true }),
  });
}
