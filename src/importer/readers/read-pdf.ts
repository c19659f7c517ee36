import type { PdfReading } from './pdf-engine.ts';

// A PDF, read with pdf.js, loaded only when a PDF is read (import-report.ts imports this module
// on demand too). `#pdfjs` (package.json "imports") is pdf-engine-node.ts in Node, where
// pdf.js's legacy build runs in this thread, and pdf-engine-browser.ts in the browser, where
// pdf.js and the rebuilding of its text run in a worker of their own.

export type { PdfReading } from './pdf-engine.ts';

/** Reads a PDF's text layer into a source document, or says why it cannot. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const { readPdfText } = (await import('#pdfjs')) as {
    readPdfText(bytes: Uint8Array): Promise<PdfReading>;
  };
  return readPdfText(bytes);
}
