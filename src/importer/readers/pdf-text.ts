import { type ImportIssue, issue } from '../import-issue.ts';
import type { PdfEngine, PdfJsDocument, PdfJsTextItem, PdfReading } from './pdf-engine.ts';
import { type PdfPageText, type PdfTextItem } from './pdf-lines.ts';
import { pdfDocument } from './pdf-document.ts';

// A PDF's text layer through pdf.js, whichever build (pdf-engine-node.ts, or pdf-worker.ts in
// the browser): its text items with their positions, page by page, rebuilt into lines and
// table rows (pdf-document.ts). A PDF that cannot be read (a password, a damaged file, pages
// that are only images) gets one message saying which.

const failed = (zh: string, en: string): PdfReading => ({ ok: false, errors: [issue(zh, en)] });

const detailOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function openingFailed(error: unknown): PdfReading {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') {
    return failed(
      '这份 PDF 加了密码保护（打开需要密码），无法读取。请导入没有密码的版本，或在 PDF 阅读器中用密码打开后另存为不加密的 PDF 再导入',
      'This PDF is password-protected (it needs a password to open), so it cannot be read. Import a version without a password, or open it with its password in a PDF reader and save it as an unprotected PDF',
    );
  }
  const detail = detailOf(error);
  return failed(
    `这份 PDF 已损坏，无法读取（文件结构无法解析：${detail}）。请重新下载原文件，或导入报告的网页或 Word 版本`,
    `This PDF is damaged and cannot be read (its structure cannot be parsed: ${detail}). Download the file again, or import the web page or Word version of the report`,
  );
}

// Page space has y growing upwards; the viewport's transform turns it into y downwards.
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const [g = 0, h = 0, i = 0, j = 0, k = 0, l = 0] = n;
  return [
    a * g + c * h,
    b * g + d * h,
    a * i + c * j,
    b * i + d * j,
    a * k + c * l + e,
    b * k + d * l + f,
  ];
}

function textItem(item: PdfJsTextItem, viewport: readonly number[]): PdfTextItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = multiply(viewport, item.transform);
  const size = Math.hypot(c, d) || item.height;
  const chars = item.str.replace(/\s/g, '').length;
  // A font written top to bottom: its item is as wide as a character and as high as its text.
  const vertical =
    item.dir === 'ttb' ||
    (chars >= 2 && item.height > 1.5 * item.width && item.width <= 1.3 * size);
  return { text: item.str, x, y, width: item.width, height: item.height, size, vertical };
}

const isTextItem = (item: object): item is PdfJsTextItem => 'str' in item && 'transform' in item;

async function pageText(doc: PdfJsDocument, number: number): Promise<PdfPageText> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter(isTextItem).map((item) => textItem(item, viewport.transform));
  page.cleanup();
  return { page: number, width: viewport.width, height: viewport.height, items };
}

async function titleOf(doc: PdfJsDocument): Promise<string | undefined> {
  try {
    const title = ((await doc.getMetadata()).info as { Title?: unknown } | undefined)?.Title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a PDF's text layer with a pdf.js build into a source document. */
export async function readPdfWith(engine: PdfEngine, bytes: Uint8Array): Promise<PdfReading> {
  // pdf.js may take the buffer over, and refuses a Node Buffer: it gets a plain copy.
  const task = engine.open(new Uint8Array(bytes));
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return openingFailed(error);
  }
  try {
    const pages: PdfPageText[] = [];
    const warnings: ImportIssue[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        pages.push(await pageText(doc, number));
      } catch (error) {
        const detail = detailOf(error);
        warnings.push(
          issue(
            `第 ${number} 页已损坏，无法读取（${detail}），这一页的内容没有导入`,
            `Page ${number} is damaged and cannot be read (${detail}); nothing on it was imported`,
            { page: number },
          ),
        );
      }
    }
    if (pages.length === 0) return openingFailed(new Error('no page can be read'));
    const read = pdfDocument(pages, await titleOf(doc));
    if (read.characters === 0) {
      return failed(
        `这份 PDF 共 ${doc.numPages} 页，但没有文字层：页面只是图片（多半是扫描件），其中的文字无法读取。请导入报告的文字版 PDF、网页或 Word 版本，或先用 OCR 软件识别文字`,
        `This PDF has ${doc.numPages} ${doc.numPages === 1 ? 'page' : 'pages'} but no text layer: the pages are only images (most likely a scan), so their text cannot be read. Import a text PDF, the web page or the Word version of the report, or run OCR on it first`,
      );
    }
    return { ok: true, document: read.document, text: read.text, pages: doc.numPages, warnings };
  } finally {
    await doc.destroy();
  }
}
