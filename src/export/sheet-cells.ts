import type { RawCell } from '../report/cell.ts';
import type { ExportTable } from './export-table.ts';
import { textWidth } from './text-width.ts';

/** What a cell of a worksheet may carry besides its value: merging and borders. */
interface CellLayout {
  columnSpan?: number;
  rowSpan?: number;
  borderStyle?: 'thin';
  borderColor?: string;
}

/** A cell of a worksheet, in the shape write-excel-file takes (kept here to stay library-free). */
export type SheetCell =
  | ({ value: number; type: NumberConstructor; align?: 'left' | 'right' } & CellLayout)
  | ({
      value: string;
      type: StringConstructor;
      /** `@`: Excel's "Text" format, so it never re-reads `１２` or `0012` as a number. */
      format: '@';
      fontWeight?: 'bold';
      backgroundColor?: string;
      bottomBorderStyle?: 'thin';
      bottomBorderColor?: string;
      wrap?: boolean;
      alignVertical?: 'top' | 'center' | 'bottom';
    } & CellLayout)
  | null;

export interface SheetSpec {
  sheet: string;
  data: SheetCell[][];
  columns: { width: number }[];
  stickyRowsCount: number;
  stickyColumnsCount: number;
}

const headerStyle = {
  fontWeight: 'bold',
  backgroundColor: '#EEF1F4',
  bottomBorderStyle: 'thin',
  bottomBorderColor: '#5F6B7A',
  wrap: true,
  alignVertical: 'center',
} as const;

/**
 * A cell as printed → a worksheet cell: a number stays a number, and so does text that is only
 * a number in another width (`１２`, ` 12 `); anything else (`537余万元`, `增3项`, `-`) is
 * text exactly as printed; blank stays empty.
 */
export function sheetCell(raw: RawCell): SheetCell {
  if (raw === null) return null;
  if (typeof raw === 'number') return { value: raw, type: Number };
  const folded = raw.normalize('NFKC').trim();
  // `String(Number(x)) === x` keeps `0012` as printed text; `１２` folds to `12` and passes.
  if (/^-?\d+(?:\.\d+)?$/.test(folded) && String(Number(folded)) === folded) {
    return { value: Number(folded), type: Number };
  }
  // Text cells are written as strings, never as formulas, so a workbook needs no formula guard.
  return { value: raw, type: String, format: '@' };
}

const text = (value: string, bold = false): SheetCell => ({
  value,
  type: String,
  format: '@',
  ...(bold ? headerStyle : {}),
});

// Excel forbids these in a sheet name and allows at most 31 characters.
const SHEET_UNSAFE = /[\\/?*:[\]]/g;

/** Sheet names from table titles: legal, at most 31 characters, unique in the workbook. */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const base =
      title
        .replace(SHEET_UNSAFE, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || `${i + 1}`;
    let name = base.slice(0, 31);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Column widths in characters (a CJK character counts two), within limits. */
function columnWidths(records: readonly (readonly RawCell[])[]): { width: number }[] {
  const count = Math.max(0, ...records.map((r) => r.length));
  return Array.from({ length: count }, (_, c) => {
    const widest = Math.max(
      0,
      ...records.map((r) => (r[c] === null || r[c] === undefined ? 0 : textWidth(String(r[c])))),
    );
    return { width: Math.min(Math.max(Math.ceil(widest * 2) + 2, 8), c === 0 ? 60 : 24) };
  });
}

/** One sheet a table: a styled header row, then the rows with their full labels. */
export function toSheets(tables: readonly ExportTable[]): SheetSpec[] {
  const names = sheetNames(tables.map((t) => t.title));
  return tables.map((table, i) => {
    const header = [table.rowHeader, ...table.columns];
    const body = table.rows.map((row) => [row.label, ...row.cells]);
    return {
      sheet: names[i] ?? `${i + 1}`,
      data: [
        header.map((h) => text(h, true)),
        ...body.map(([label, ...cells]) => [text(String(label ?? '')), ...cells.map(sheetCell)]),
      ],
      columns: columnWidths([header, ...body]),
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
    };
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes sheets to a workbook file (write-excel-file, loaded on first use). */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const blob = await writeExcelFile([...sheets]).toBlob();
  return blob.type === XLSX_TYPE ? blob : new Blob([blob], { type: XLSX_TYPE });
}

/**
 * The workbook. write-excel-file is imported here, on first use, so the library is a chunk of
 * its own that only a reader who asks for a workbook downloads.
 */
export function buildXlsx(tables: readonly ExportTable[]): Promise<Blob> {
  return writeWorkbook(toSheets(tables));
}
