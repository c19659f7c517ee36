import type { PdfReading } from './pdf-engine.ts';
import type { PdfRequest, PdfResponse } from './pdf-worker.ts';

// PDFs in the browser: read in a worker of their own (pdf-worker.ts, bundled by Vite as a
// file of the app, so the page's policy lets it start), so a long PDF never holds up the
// page. The CMaps are static files of the build (scripts/lib/pdf-assets-plugin.ts), fetched by
// the worker only when a font needs one.

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (reading: PdfReading) => void>();

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent) => {
    const response = event.data as Partial<PdfResponse> | null;
    if (typeof response?.xxgkPdf !== 'number' || !response.reading) return;
    waiting.get(response.xxgkPdf)?.(response.reading);
    waiting.delete(response.xxgkPdf);
  });
  // A worker that cannot start or dies fails the files it was reading, with a message.
  started.addEventListener('error', (event) => {
    const detail = event.message || 'the PDF reader could not start';
    for (const resolve of waiting.values()) {
      resolve({
        ok: false,
        errors: [
          {
            zh: `PDF 读取程序无法运行（${detail}）`,
            en: `The PDF reader could not run (${detail})`,
          },
        ],
      });
    }
    waiting.clear();
    worker = null;
  });
  return started;
}

export function readPdfText(bytes: Uint8Array): Promise<PdfReading> {
  worker ??= startWorker();
  const id = next++;
  const copy = new Uint8Array(bytes);
  const request: PdfRequest = {
    xxgkPdf: id,
    bytes: copy,
    cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
  };
  const reading = new Promise<PdfReading>((resolve) => waiting.set(id, resolve));
  worker.postMessage(request, [copy.buffer]);
  return reading;
}
