import type { RawCell } from '../../report/cell.ts';
import { readPrinted } from '../../report/read-printed.ts';
import { removeSpaces } from '../../report/spaces.ts';

// What a table cell holds as printed, and whether a token of text is a cell value rather
// than part of a label (for rows where label and values come on one line).

/**
 * True for text that reads as one cell value: what the loader reads as a number or a
 * not-applicable mark (`12`, `增3项`, `537余万元`, `-`), or 无, which a report prints in a
 * cell for "none" and the loader keeps as text.
 */
export function isValueToken(text: string): boolean {
  const { kind } = readPrinted(text);
  return kind === 'number' || kind === 'not-applicable' || removeSpaces(text) === '无';
}

/**
 * A cell as the data format writes it: blank is null, a plain ASCII number is a number,
 * anything else the printed string without its spaces (`增3项`, `-`, `１２`).
 */
export function toRawCell(text: string): RawCell {
  const printed = removeSpaces(text);
  if (printed === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(printed)) return Number(printed);
  return printed;
}
