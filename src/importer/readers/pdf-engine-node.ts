import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { type PdfEngine, type PdfReading, commonOptions } from './pdf-engine.ts';
import { readPdfWith } from './pdf-text.ts';

// pdf.js in Node (the command line, the tests): its legacy build, the one that runs on Node 20
// (the modern build needs DOMMatrix); it works in this thread, as Node has no DOM worker. The
// CMaps are read from the package's folder when a font needs one.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let engine: Promise<PdfEngine> | null = null;

async function loadEngine(): Promise<PdfEngine> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const cMapUrl = join(root, 'cmaps') + sep;
  return { open: (data) => pdfjs.getDocument({ ...commonOptions, data, cMapUrl }) };
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfReading> {
  engine ??= loadEngine();
  return readPdfWith(await engine, bytes);
}
