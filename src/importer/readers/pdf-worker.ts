import * as pdfjs from 'pdfjs-dist';
// pdf.js's own worker code, run in this worker rather than in one more: importing it sets
// `globalThis.pdfjsWorker`, which pdf.js then uses in place of starting a worker.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
import { commonOptions } from './pdf-engine.ts';
import type { PdfReading } from './pdf-engine.ts';
import { readPdfWith } from './pdf-text.ts';

// The browser's PDF reader, a worker of its own (started by pdf-engine-browser.ts): pdf.js
// parses the file and its text is rebuilt into lines and rows here, so that the page's main
// thread only posts the bytes and receives the source document, however long the PDF.

export interface PdfRequest {
  readonly xxgkPdf: number;
  readonly bytes: Uint8Array;
  /** Where the CMaps are (the page knows its base address; a worker knows only its own). */
  readonly cMapUrl: string;
}

export interface PdfResponse {
  readonly xxgkPdf: number;
  readonly reading: PdfReading;
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: PdfResponse): void;
};

scope.addEventListener('message', (event: MessageEvent) => {
  // pdf.js's worker code listens here too; its messages are not ours.
  const request = event.data as Partial<PdfRequest> | null;
  if (typeof request?.xxgkPdf !== 'number' || !request.bytes || !request.cMapUrl) return;
  const { xxgkPdf, bytes, cMapUrl } = request as PdfRequest;
  const engine = {
    open: (data: Uint8Array) =>
      pdfjs.getDocument({ ...commonOptions, data, cMapUrl, useWorkerFetch: true }),
  };
  void readPdfWith(engine, bytes)
    .catch((error: unknown): PdfReading => ({
      ok: false,
      errors: [
        {
          zh: `读取 PDF 时出现意外错误（导入程序的错误）：${String(error)}`,
          en: `An unexpected error occurred while reading the PDF (a bug in the importer): ${String(error)}`,
        },
      ],
    }))
    .then((reading) => scope.postMessage({ xxgkPdf, reading }));
});
