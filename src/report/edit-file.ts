import type { RawCell } from './cell.ts';
import type { ReportFile } from './report-schema.ts';
import { removeSpaces } from './spaces.ts';

// Changes to a report file as a person makes them in a form: a cell typed in, a field, a text.
// Every change gives a new file and leaves the one it was made from as it was.

/**
 * What is typed into a cell, as the file keeps it: nothing is blank (null), a plain number
 * (`12`, `-3`, `0.5`) is a number, anything else is the text as typed (`-`, `537余万元`, `１２`),
 * which the loader reads by the printed-cell grammar.
 */
export function typedCell(text: string): RawCell {
  const trimmed = text.trim();
  if (removeSpaces(trimmed) === '') return null;
  // `String(Number(x)) === x` keeps `0012` and `1e3` as typed.
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) && String(Number(trimmed)) === trimmed
    ? Number(trimmed)
    : trimmed;
}

/** A cell as it is shown in an input: blank is empty. */
export function cellText(raw: RawCell | undefined): string {
  return raw === null || raw === undefined ? '' : String(raw);
}

type Node = Record<string, unknown>;

/** The file with the value at a dotted path set, the objects on the way copied (or made). */
export function setAt(file: ReportFile, path: string, value: unknown): ReportFile {
  const keys = path.split('.');
  const set = (node: unknown, depth: number): Node => {
    const copy: Node = typeof node === 'object' && node !== null ? { ...(node as Node) } : {};
    const key = keys[depth] as string;
    copy[key] = depth === keys.length - 1 ? value : set(copy[key], depth + 1);
    return copy;
  };
  return set(file, 0) as unknown as ReportFile;
}

/** The value at a dotted path of a file, or undefined. */
export function valueAt(file: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Node)[key] : undefined),
      file,
    );
}

/** The file with some cells set at once (a pasted block): one new file. */
export function setCells(
  file: ReportFile,
  cells: readonly { readonly path: string; readonly raw: RawCell }[],
): ReportFile {
  return cells.reduce((next, { path, raw }) => setAt(next, path, raw), file);
}

/** Paragraphs as typed in a text box: a paragraph a line, empty lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
