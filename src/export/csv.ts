/** A field as a table holds it: a number, text as printed, or null for a blank cell. */
export type CsvField = string | number | null;

/** Excel and WPS read a CSV as UTF-8 (not the system's GBK) only when it starts with a BOM. */
export const BOM = '\ufeff';

// A field that Excel, WPS or LibreOffice would read as a formula: `=`, `+`, `-` or `@` first, or a
// tab or carriage return that some of them skip before looking for one.
const FORMULA_START = /^[=+\-@\t\r]/;
// These start with a sign but cannot run anything: a plain signed number (`-3`), and the lone
// dash that reports print for "not applicable".
const HARMLESS = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/;

/**
 * The formula-injection guard: a text field that a spreadsheet would run as a formula (e.g.
 * `=HYPERLINK(…)` typed into a report) gets an apostrophe in front, so it opens as the text it
 * is. Plain numbers and the lone "-" are left alone; nothing else is changed.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !HARMLESS.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function fieldText(field: CsvField): string {
  if (field === null) return '';
  if (typeof field === 'number') return Number.isFinite(field) ? String(field) : '';
  return quoteField(guardFormula(field));
}

/** A CSV file's text: BOM, then one CRLF-terminated record a row (RFC 4180). */
export function buildCsv(rows: readonly (readonly CsvField[])[]): string {
  return BOM + rows.map((row) => `${row.map(fieldText).join(',')}\r\n`).join('');
}
