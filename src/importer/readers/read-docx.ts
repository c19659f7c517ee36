import { type ImportIssue, issue } from '../import-issue.ts';
import { readHtml } from './read-html.ts';
import type { SourceDocument } from '../source-document.ts';
import { checkZip, MAX_UNPACKED_BYTES } from './zip-guard.ts';

// A Word .docx file through mammoth, a maintained reader that turns it into HTML (merged
// cells kept as rowspan and colspan); the HTML reader does the rest. Loaded on demand, so
// that an app that never reads a .docx never downloads it.

export type DocxReading =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

const notDocx = (detail: string): ImportIssue =>
  issue(
    `这是一个 zip 压缩文件，但不是 Word (.docx) 文档，无法读取（${detail}）`,
    `This is a zip file but not a Word (.docx) document, so it cannot be read (${detail})`,
  );

type Mammoth = typeof import('mammoth');

export async function readDocx(bytes: Uint8Array): Promise<DocxReading> {
  const zip = checkZip(bytes);
  if (!zip.ok) {
    if (zip.reason === 'not-zip') return { ok: false, errors: [notDocx(zip.detail)] };
    return {
      ok: false,
      errors: [
        issue(
          `这个 Word 文件解压后会超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB（或压缩比异常，${zip.detail}），可能是“压缩炸弹”，没有读取`,
          `This Word file would unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB (or is compressed suspiciously well: ${zip.detail}); it may be a zip bomb and was not read`,
        ),
      ],
    };
  }
  const loaded = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  const mammoth = loaded.default ?? loaded;
  // mammoth reads `buffer` in Node and `arrayBuffer` in the browser; both accept the bytes.
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<
    Mammoth['convertToHtml']
  >[0];
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [notDocx(detail)] };
  }
  return { ok: true, document: readHtml(html, { lines: false }) };
}
