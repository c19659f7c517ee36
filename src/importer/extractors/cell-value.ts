import type { RawCell } from '../../report/cell.ts';
import { removeSpaces } from '../../report/spaces.ts';

// What a table cell holds as printed, and whether a token of text looks like a cell value
// rather than part of a label (for rows where label and values come on one line).

const NUMBER = '[0-9０-９]+(?:[.,，．][0-9０-９]+)*';
const UNIT = '(?:万元|亿元|元|项|件|个|条|次|人次|家|%|％)';
const VALUE_TOKEN = new RegExp(
  `^(?:(?:增加|减少|增|减|[+\\-−＋－])?(?:约|近)?${NUMBER}(?:余|多)?${UNIT}?(?:左右)?|[-－—–―/／\\\\＼]{1,2}|无)$`,
  'u',
);

/** True for text that reads as one cell value: `12`, `增3项`, `537余万元`, `-`, `无`. */
export function isValueToken(text: string): boolean {
  return VALUE_TOKEN.test(removeSpaces(text));
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
