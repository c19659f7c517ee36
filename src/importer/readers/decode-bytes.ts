import { type ImportIssue, issue } from '../import-issue.ts';

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

function decoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return decoder(label, true)?.decode(bytes) ?? null;
  } catch {
    return null;
  }
}

// Characters that never appear in a text document: C0 controls other than tab, line feed,
// form feed and carriage return, DEL, and the replacement character of a failed decode.
function isJunk(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    code === 0x7f ||
    code === 0xfffd
  );
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20000);
  let junk = 0;
  for (let i = 0; i < sample.length; i++) if (isJunk(sample.charCodeAt(i))) junk++;
  return junk > 0 && junk / sample.length > 0.002;
}

const binaryError = (): ImportIssue =>
  issue(
    '这不是文本文件（内容是二进制数据），无法读取。请提供文本、网页、Word (.docx) 或 JSON 格式的报告',
    'This is not a text file (its content is binary data) and cannot be read. Please give the report as text, a web page, a Word (.docx) file or JSON',
  );

/**
 * Text from bytes: a BOM says UTF-8 or UTF-16; otherwise UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK and GB2312, which many government files use).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  let text: string | null;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = tryDecode(bytes.subarray(3), 'utf-8');
    encoding = 'utf-8 (BOM)';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = tryDecode(bytes.subarray(2), 'utf-16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = tryDecode(bytes.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else {
    text = tryDecode(bytes, 'utf-8');
    encoding = 'utf-8';
    if (text === null) {
      text = decoder('gb18030', false)?.decode(bytes) ?? null;
      encoding = 'gb18030';
    }
  }
  if (text === null || looksBinary(text)) return { ok: false, errors: [binaryError()] };
  return { ok: true, text, encoding };
}
