import { foreignJson } from './foreign-json.ts';
import { readReportJson } from '../report/parse-report.ts';
import { isBlankText, SPACE } from '../report/spaces.ts';
import { extractReport } from './extractors/extract-report.ts';
import { decodeBytes } from './readers/decode-bytes.ts';
import {
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
  failure,
  issue,
} from './import-issue.ts';
import { readDocx } from './readers/read-docx.ts';
import { readHtml } from './readers/read-html.ts';
import { readText } from './readers/read-text.ts';
import { sniffBytes } from './readers/sniff-bytes.ts';
import { type MetadataOverrides, metadataOfFile } from './report-metadata.ts';

export interface ImportInput {
  /** The file's name (a path is fine): it gives the report's id and `source.file`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Agency, year, template or date as the user gave them: they replace what is read. */
  readonly overrides?: MetadataOverrides;
}

export const MAX_BYTES = 20 * 1024 * 1024;

// Rounded up, so that a file just over the limit never reads as the limit itself.
const megabytes = (bytes: number): string =>
  (Math.ceil((bytes / 1024 / 1024) * 100) / 100).toFixed(2);
const grouped = (n: number): string => n.toLocaleString('en-US');

/** The message for a file over the limit (the command line checks the size before reading). */
export function tooLarge(size: number): ImportIssue {
  return issue(
    `文件太大（${megabytes(size)} MB，${grouped(size)} 字节），上限是 20 MB（${grouped(MAX_BYTES)} 字节）`,
    `The file is too large (${megabytes(size)} MB, ${grouped(size)} bytes); the limit is 20 MB (${grouped(MAX_BYTES)} bytes)`,
  );
}

/** A data file with the user's corrections put in (loadReport validates the result). */
function withOverrides(value: unknown, overrides: MetadataOverrides): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const file = { ...(value as Record<string, unknown>) };
  if (overrides.agency !== undefined) {
    const agency = typeof file.agency === 'object' && file.agency !== null ? file.agency : {};
    file.agency = { ...agency, name: overrides.agency };
  }
  if (overrides.year !== undefined) file.year = overrides.year;
  if (overrides.template !== undefined) file.template = overrides.template;
  if (overrides.publishedOn === '') delete file.publishedOn;
  else if (overrides.publishedOn !== undefined) file.publishedOn = overrides.publishedOn;
  return file;
}

/** JSON in the data format: read once (syntax, keys given twice); loadReport validates it. */
function fromJson(text: string, encoding: string, overrides: MetadataOverrides): ImportResult {
  const json = readReportJson(text);
  if (!json.ok) {
    return {
      ok: false,
      errors: json.errors.map((e) =>
        issue(e.zh, e.en, {
          ...(e.line === undefined ? {} : { line: e.line, column: e.column }),
          ...(e.path ? { path: e.path } : {}),
        }),
      ),
    };
  }
  const foreign = foreignJson(json.value);
  if (foreign) return { ok: false, errors: [foreign] };
  const file = withOverrides(json.value, overrides);
  const metadata = metadataOfFile(file);
  return {
    ok: true,
    file,
    warnings: [],
    ...(metadata ? { metadata } : {}),
    format: 'json',
    encoding,
    sourceText: text,
  };
}

// What a file starts with, after any white space, tells RTF, JSON and most HTML.
const LEAD = `^[${SPACE}]*`;
const RTF_START = new RegExp(`${LEAD}\\{\\\\rtf`);
const JSON_START = new RegExp(`${LEAD}[{[]`);
const HTML_START = new RegExp(
  `${LEAD}<(?:!doctype|html|head|body|meta|table|div|p|span|h[1-6]|!--|\\?xml)`,
  'i',
);

const looksLikeHtml = (text: string): boolean =>
  HTML_START.test(text) || /<\/(?:td|p|div|table)>/i.test(text.slice(0, 200000));

function fromText(
  text: string,
  name: string,
  encoding: string,
  overrides: MetadataOverrides,
): ImportResult {
  if (RTF_START.test(text)) {
    return failure(
      '这是 RTF 格式的文件，暂不支持。请在 Word 中“另存为” .docx 或纯文本后再导入',
      'This is an RTF file, which is not supported. Save it as .docx or plain text in Word and import that',
    );
  }
  if (
    /^MIME-Version:/im.test(text.slice(0, 2000)) &&
    /multipart\/related/i.test(text.slice(0, 4000))
  ) {
    return failure(
      '这是“单个文件网页”(.mht) 格式，暂不支持。请另存为普通网页 (.htm)、.docx 或纯文本后再导入',
      'This is a single-file web page (.mht), which is not supported. Save it as a normal web page (.htm), .docx or plain text and import that',
    );
  }
  if (JSON_START.test(text)) return fromJson(text, encoding, overrides);
  const html = looksLikeHtml(text);
  const doc = html ? readHtml(text, { lines: true }) : readText(text);
  const extracted = extractReport(doc, name, overrides);
  if (!extracted.ok) return extracted;
  const format: ImportFormat = html ? 'html' : doc.wrapped ? 'pdf-text' : 'text';
  return {
    ok: true,
    file: extracted.file,
    warnings: extracted.warnings,
    metadata: extracted.metadata,
    format,
    encoding,
    sourceText: text,
  };
}

/** A PDF's text layer, by its positions; the reader and pdf.js load with the first PDF. */
async function fromPdf(input: ImportInput): Promise<ImportResult> {
  const { readPdf } = await import('./readers/read-pdf.ts');
  const pdf = await readPdf(input.bytes);
  if (!pdf.ok) return pdf;
  const extracted = extractReport(pdf.document, input.name, input.overrides);
  if (!extracted.ok) return extracted;
  const { file, warnings, metadata } = extracted;
  return {
    ok: true,
    file,
    warnings: [...pdf.warnings, ...warnings],
    metadata,
    format: 'pdf',
    sourceText: pdf.text,
  };
}

async function importBytes(input: ImportInput): Promise<ImportResult> {
  const { bytes } = input;
  if (bytes.length > MAX_BYTES) return { ok: false, errors: [tooLarge(bytes.length)] };
  if (bytes.length === 0) return failure('文件是空的', 'The file is empty');
  switch (sniffBytes(bytes)) {
    case 'pdf':
      return fromPdf(input);
    case 'ole':
      return failure(
        '这是旧版 Word (.doc) 或 Excel 文件，暂不支持。请在 Word 中“另存为” .docx 或纯文本后再导入',
        'This is an old Word (.doc) or Excel file, which is not supported. Save it as .docx or plain text in Word and import that',
      );
    case 'image':
      return failure(
        '这是一张图片，无法读取其中的文字。请导入报告的文本、网页或 Word 版本',
        'This is an image; its text cannot be read. Import the text, web page or Word version of the report',
      );
    case 'zip': {
      const doc = await readDocx(bytes);
      if (!doc.ok) return doc;
      const extracted = extractReport(doc.document, input.name, input.overrides);
      if (!extracted.ok) return extracted;
      const { file, warnings, metadata } = extracted;
      return { ok: true, file, warnings, metadata, format: 'docx' };
    }
    case 'other':
      break;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  if (isBlankText(decoded.text))
    return failure('文件是空的（只有空白）', 'The file is empty (only blank space)');
  return fromText(decoded.text, input.name, decoded.encoding, input.overrides ?? {});
}

/**
 * Reads a published annual report (PDF, text, PDF-extracted text, HTML, Word .docx or JSON
 * in the data format) into the data format, not yet validated: `loadReport` (src/load) does
 * that, once, for imported and stored files alike. Never throws: a file it cannot read gives
 * `{ ok: false, errors }`, each error in Chinese and English and located where it can be.
 */
export async function importReport(input: ImportInput): Promise<ImportResult> {
  try {
    return await importBytes(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(
      `导入时出现意外错误（导入程序的错误）：${detail}`,
      `An unexpected error occurred while importing (a bug in the importer): ${detail}`,
    );
  }
}
