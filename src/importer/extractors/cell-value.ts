import type { RawCell } from '../../report/cell.ts';
import { removeSpaces } from '../../report/spaces.ts';

// What a table cell holds as printed (whether a token is a value: ../value-token.ts).

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
