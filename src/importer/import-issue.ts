import type { Label } from '../report/label.ts';
import { collapseSpaces } from '../report/spaces.ts';
import type { ReportMetadata } from './report-metadata.ts';

/**
 * Where in the source file a finding points: a line and column, a table path, a snippet. In
 * a PDF, the page and the line on that page (as its text is rebuilt from the positions).
 */
export interface SourceLocation {
  readonly page?: number;
  readonly line?: number;
  readonly column?: number;
  /** The text found there (shortened), so a person can search for it. */
  readonly excerpt?: string;
  /** A structural path: `table[2]/tr[5]/td[3]` in HTML and Word files, a JSON path in JSON. */
  readonly path?: string;
}

/** One import warning or error, in Chinese and English, located in the source. */
export interface ImportIssue extends Label {
  readonly location?: SourceLocation;
}

export type ImportFormat = 'text' | 'pdf-text' | 'pdf' | 'html' | 'docx' | 'json';

export type ImportResult =
  | {
      readonly ok: true;
      /**
       * The report in the data format: built to it from text, HTML and Word; for JSON, the
       * value the file holds. Not yet validated.
       */
      readonly file: unknown;
      readonly warnings: readonly ImportIssue[];
      /**
       * Agency, year, template and date as read: each with its source and whether it is a
       * guess. Absent for a JSON file that lacks them (loadReport then says what is wrong).
       */
      readonly metadata?: ReportMetadata;
      readonly format: ImportFormat;
      /** The text encoding the bytes were read in (none for .docx). */
      readonly encoding?: string;
      /** The file's text as decoded (none for .docx), for showing beside what was read. */
      readonly sourceText?: string;
    }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

export function issue(zh: string, en: string, location?: SourceLocation): ImportIssue {
  return location ? { zh, en, location } : { zh, en };
}

export function failure(zh: string, en: string, location?: SourceLocation): ImportResult {
  return { ok: false, errors: [issue(zh, en, location)] };
}

const EXCERPT_LENGTH = 40;

/** A snippet of source text for a location: spaces folded, cut at 40 characters. */
export function excerptOf(text: string): string {
  const folded = collapseSpaces(text);
  return folded.length > EXCERPT_LENGTH ? `${folded.slice(0, EXCERPT_LENGTH - 1)}…` : folded;
}

/** "第 12 行" / "line 12", "第 3 页第 12 行" / "page 3, line 12", or the path. */
export function describeLocation(location: SourceLocation | undefined): Label {
  if (!location) return { zh: '', en: '' };
  if (location.page !== undefined) {
    return location.line !== undefined
      ? {
          zh: `第 ${location.page} 页第 ${location.line} 行`,
          en: `page ${location.page}, line ${location.line}`,
        }
      : { zh: `第 ${location.page} 页`, en: `page ${location.page}` };
  }
  if (location.line !== undefined) {
    return { zh: `第 ${location.line} 行`, en: `line ${location.line}` };
  }
  if (location.path !== undefined) return { zh: location.path, en: location.path };
  return { zh: '', en: '' };
}
