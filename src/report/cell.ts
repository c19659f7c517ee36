import * as z from 'zod/mini';
import { isBlankText, removeSpaces } from './spaces.ts';

/** A cell as written in a report file: a number, a string as printed, or null for blank. */
export const rawCellSchema = z.union([z.number(), z.string(), z.null()], {
  error: 'E_CELL',
});
export type RawCell = z.infer<typeof rawCellSchema>;

/** A cell after normalisation: the printed form beside the number used for sums and charts. */
export const cellSchema = z.object({
  raw: rawCellSchema,
  value: z.nullable(z.number()),
  unit: z.optional(z.string()),
  approx: z.optional(z.literal(true)),
  notApplicable: z.optional(z.literal(true)),
});
export type Cell = z.infer<typeof cellSchema>;

const NOT_APPLICABLE = new Set(['-', '/', '－', '／', '—', '–', '―', '——', '--', '\\', '＼']);

// [sign word] [约|近] number [余|多] [unit] [左右]
const NUMBER_CELL =
  /^(增加|减少|增|减|[+\-−])?(约|近)?(\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+)(余|多)?([\p{Script=Han}A-Za-z%]{1,4})?(左右)?$/u;

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => {
    const half = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    // Full-width brackets and punctuation stay as printed; only digits and number marks fold.
    return /[0-9.,+\-%]/.test(half) ? half : ch;
  });
}

export function normalizeCell(raw: RawCell | undefined): Cell {
  if (raw === undefined || raw === null) return { raw: null, value: null };
  if (typeof raw === 'number') return { raw, value: raw };

  const text = toHalfWidth(removeSpaces(raw)).replace(/，/g, ',');
  if (text === '') return { raw, value: null };
  if (NOT_APPLICABLE.has(text)) return { raw, value: null, notApplicable: true };

  const match = NUMBER_CELL.exec(text);
  if (!match) return { raw, value: null };
  const [, sign, approxBefore, digits = '', approxAfter, unit, approxAround] = match;
  const magnitude = Number(digits.replace(/,/g, ''));
  const negative = sign === '减' || sign === '减少' || sign === '-' || sign === '−';
  const cell: Cell = { raw, value: negative && magnitude !== 0 ? -magnitude : magnitude };
  if (unit) cell.unit = unit;
  if (approxBefore || approxAfter || approxAround) cell.approx = true;
  return cell;
}

/** True when the cell holds nothing: blank in the report (not 0, not "-"). */
export function isBlank(cell: Cell): boolean {
  return (
    cell.raw === null ||
    (typeof cell.raw === 'string' &&
      cell.value === null &&
      !cell.notApplicable &&
      isBlankText(cell.raw))
  );
}

/** True when the cell holds text that is neither a number nor a not-applicable mark. */
export function isNonNumericText(cell: Cell): boolean {
  return cell.value === null && !cell.notApplicable && !isBlank(cell);
}
