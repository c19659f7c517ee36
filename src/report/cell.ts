import * as z from 'zod/mini';
import { readPrinted } from './read-printed.ts';
import { isBlankText } from './spaces.ts';

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

/** A cell as the loader reads it: a string by the printed-cell grammar (read-printed.ts). */
export function normalizeCell(raw: RawCell | undefined): Cell {
  if (raw === undefined || raw === null) return { raw: null, value: null };
  if (typeof raw === 'number') return { raw, value: raw };

  const printed = readPrinted(raw);
  if (printed.kind === 'not-applicable') return { raw, value: null, notApplicable: true };
  if (printed.kind !== 'number') return { raw, value: null };
  const cell: Cell = { raw, value: printed.value };
  if (printed.unit) cell.unit = printed.unit;
  if (printed.approx) cell.approx = true;
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
