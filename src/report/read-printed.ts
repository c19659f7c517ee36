import { removeSpaces } from './spaces.ts';

// The grammar of a cell as a report prints it, used by the loader (normalizeCell) and by the
// importer (which tokens of a line are cell values): one grammar, so that what the importer
// takes for a value is what the loader then reads as one.

/** A printed cell read: blank, a mark for "does not apply", a number, or other text. */
export type Printed =
  | { readonly kind: 'blank' }
  | { readonly kind: 'not-applicable' }
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly unit?: string;
      readonly approx?: true;
    }
  | { readonly kind: 'text' };

// What reports print for "does not apply": a dash or a slash, or `——` or `--`. Looked up
// after folding, so the full-width dash (－) is here as `-` and `－－` as `--`.
const NOT_APPLICABLE: ReadonlySet<string> = new Set([
  ...['-', '—', '–', '―', '——', '--'],
  ...['/', '／', '\\', '＼'],
]);

// [sign word] [约|近] number [余|多] [unit] [左右], the number with `,` between thousands
// and `.` before decimals; the unit is 1 to 4 Han or Latin letters or `%`, and never takes
// in the 左右 that ends the cell (`10左右` is about 10, not 10 of a unit 左右).
const NUMBER =
  /^(增加|减少|增|减|[+\-−])?(约|近)?(\d+(?:,\d{3})*(?:\.\d+)?|\d*\.\d+)(余|多)?((?:(?!左右$)[\p{Script=Han}A-Za-z%]){1,4})?(左右)?$/u;

function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => {
    const half = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    // Full-width brackets and punctuation stay as printed; only digits and number marks fold.
    return /[0-9.,+\-%]/.test(half) ? half : ch;
  });
}

/** What a printed cell says, read after its spaces are removed and full-width digits folded. */
export function readPrinted(printed: string): Printed {
  const text = toHalfWidth(removeSpaces(printed));
  if (text === '') return { kind: 'blank' };
  if (NOT_APPLICABLE.has(text)) return { kind: 'not-applicable' };
  const match = NUMBER.exec(text);
  if (!match) return { kind: 'text' };
  const [, sign, approxBefore, digits = '', approxAfter, unit, approxAround] = match;
  const magnitude = Number(digits.replace(/,/g, ''));
  const negative = sign === '减' || sign === '减少' || sign === '-' || sign === '−';
  return {
    kind: 'number',
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    ...(unit ? { unit } : {}),
    ...(approxBefore || approxAfter || approxAround ? { approx: true } : {}),
  };
}
