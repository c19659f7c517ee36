// What is wrong with a dataset that does not open, and where: the worker says it as data, the
// page in the reader's language (dataset-messages.ts). The English message goes with it, for
// the command line and for anything that shows an error's message as it is.

export type OpenProblem =
  /** No .parquet file among the files opened (their names). */
  | { readonly code: 'no-shards'; readonly files: readonly string[] }
  /** The index names shards that are not among the files opened. */
  | { readonly code: 'missing-shards'; readonly files: readonly string[] }
  /** The index does not fit the format: where and how, as the schema says it. */
  | { readonly code: 'bad-index'; readonly file: string; readonly detail: string }
  | { readonly code: 'empty'; readonly file: string }
  /** No `PAR1` mark at its start or end: not a Parquet file, or cut short. */
  | { readonly code: 'not-parquet'; readonly file: string }
  /** A Parquet file whose footer or pages cannot be read (the reader's words). */
  | { readonly code: 'damaged'; readonly file: string; readonly detail: string }
  /** A Parquet file without the columns this app's datasets have. */
  | { readonly code: 'not-ours'; readonly file: string; readonly columns: readonly string[] }
  | { readonly code: 'http'; readonly file: string; readonly status: number };

/** An error carrying what is wrong as data. */
export class DatasetProblem extends Error {
  constructor(
    readonly problem: OpenProblem,
    options?: ErrorOptions,
  ) {
    super(englishOf(problem), options);
    this.name = 'DatasetProblem';
  }
}

/** At most three names, then how many more. */
export function someNames(
  names: readonly string[],
  more: (count: number) => string,
  separator = ', ',
): string {
  const shown = names.slice(0, 3).join(separator);
  return names.length > 3 ? `${shown} ${more(names.length - 3)}` : shown;
}

function englishOf(p: OpenProblem): string {
  switch (p.code) {
    case 'no-shards':
      return p.files.length
        ? `no .parquet file among the files opened (${someNames(p.files, (n) => `and ${n} more`)})`
        : 'no .parquet file among the files opened';
    case 'missing-shards':
      return `index.json names ${someNames(p.files, (n) => `and ${n} more`)}, not among the files opened`;
    case 'bad-index':
      return `${p.file}: ${p.detail}`;
    case 'empty':
      return `${p.file}: the file is empty`;
    case 'not-parquet':
      return `${p.file}: not a Parquet file, or cut short (no PAR1 mark at its start or end)`;
    case 'damaged':
      return `${p.file}: damaged, cannot be read (${p.detail})`;
    case 'not-ours':
      return `${p.file}: no column ${p.columns.join(', ')}: not a dataset of this app (npm run dataset)`;
    case 'http':
      return `${p.file}: HTTP ${p.status}`;
  }
}

/** The problem an error carries, if it carries one (also across the worker's messages). */
export const problemOf = (error: unknown): OpenProblem | undefined =>
  error instanceof DatasetProblem ? error.problem : undefined;
