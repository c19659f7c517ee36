import { readPrinted } from '../report/read-printed.ts';
import { removeSpaces } from '../report/spaces.ts';

// Whether a token of text is a cell value rather than part of a label: the extractors ask it
// of a line's tokens ("行政许可 0 增3项 6件"), the PDF reader of the text it finds between
// gaps on a page. One test, so that both stages agree on what a value is.

/**
 * True for text that reads as one cell value: what the loader reads as a number or a
 * not-applicable mark (`12`, `增3项`, `537余万元`, `-`), or 无, which a report prints in a
 * cell for "none" and the loader keeps as text.
 */
export function isValueToken(text: string): boolean {
  const { kind } = readPrinted(text);
  return kind === 'number' || kind === 'not-applicable' || removeSpaces(text) === '无';
}
