import { someNames, type OpenProblem } from '../../dataset/dataset-problem.ts';
import type { datasetMessages } from '../../i18n/dataset-messages.ts';

type Problems = NonNullable<ReturnType<typeof datasetMessages.get>>['problems'];

/** What is wrong with a dataset that did not open, and where, in the reader's language. */
export function problemText(p: OpenProblem, t: Problems): string {
  const names = (files: readonly string[]) => someNames(files, t.more, t.separator);
  switch (p.code) {
    case 'no-shards':
      return p.files.length ? t.noShards(names(p.files)) : t.noFiles;
    case 'missing-shards':
      return t.missingShards(names(p.files), p.files.length);
    case 'bad-index':
      return t.badIndex(p.file, p.detail);
    case 'empty':
      return t.empty(p.file);
    case 'not-parquet':
      return t.notParquet(p.file);
    case 'damaged':
      return t.damaged(p.file, p.detail);
    case 'not-ours':
      return t.notOurs(p.file, p.columns);
    case 'http':
      return t.http(p.file, p.status);
  }
}
