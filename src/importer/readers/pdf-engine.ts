import type { ImportIssue } from '../import-issue.ts';
import type { SourceDocument } from '../source-document.ts';

// What the PDF reader needs of pdf.js, as types of its own, so that the reader does not
// depend on which build is loaded: the legacy build in Node, the modern one (in a Web Worker)
// in the browser (pdf-engine-node.ts and pdf-engine-browser.ts, chosen by the `#pdfjs` import
// in package.json); and what reading a PDF gives.

export type PdfReading =
  | {
      readonly ok: true;
      readonly document: SourceDocument;
      /** The text as rebuilt, page by page, to show beside what was read. */
      readonly text: string;
      readonly pages: number;
      /** Pages that could not be read (the rest were). */
      readonly warnings: readonly ImportIssue[];
    }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

export interface PdfJsTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly dir?: string;
}

export interface PdfJsPage {
  getViewport(options: { scale: number }): {
    readonly width: number;
    readonly height: number;
    readonly transform: readonly number[];
  };
  getTextContent(): Promise<{ readonly items: readonly (PdfJsTextItem | object)[] }>;
  cleanup(): unknown;
}

export interface PdfJsDocument {
  readonly numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ readonly info?: object }>;
  destroy(): Promise<void>;
}

export interface PdfEngine {
  /** Opens a PDF from its bytes (which the engine may take over: pass a copy). */
  open(data: Uint8Array): { readonly promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

/** Options every engine opens a PDF with: text only, no eval, CMaps where a font needs one. */
export const commonOptions = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  enableXfa: false,
  cMapPacked: true,
  // Errors only: a damaged or odd file is said once, in the import's own words.
  verbosity: 0,
} as const;
