import type { Histogram } from '../library/histogram.ts';
import type { DatasetValue } from './dataset-columns.ts';
import type { OpenProblem } from './dataset-problem.ts';
import type { DatasetSource } from './dataset-source.ts';
import type { Query, TablePart, WindowRow } from './dataset-table.ts';

// The messages between the page and the dataset worker. Each request has an id; the answer
// carries it back. Only what a page shows crosses: counts, the rows on screen, a chart's bins.

/** A view of the table (the library, the comparison): each keeps its own query's rows. */
export type ViewName = 'library' | 'compare';

export type Request =
  | { readonly type: 'open'; readonly source: DatasetSource }
  | {
      readonly type: 'local';
      /** The reports in the browser (built in, saved here), as a part of the table… */
      readonly part: TablePart;
      /** …and as whole dataset rows, for a download in the dataset's own format. */
      readonly rows: readonly Record<string, DatasetValue>[];
    }
  | {
      readonly type: 'query';
      readonly view: ViewName;
      readonly query: Query;
      /**
       * The rows to send with the answer (one round trip, not two): `count` rows from `start`,
       * or the last `count` if the rows matched end before `start + count`.
       */
      readonly window?: {
        readonly start: number;
        readonly count: number;
        readonly columns: readonly string[];
      };
    }
  | {
      readonly type: 'window';
      readonly view: ViewName;
      readonly start: number;
      readonly count: number;
      readonly columns: readonly string[];
    }
  | {
      readonly type: 'stats';
      readonly view: ViewName;
      readonly metric: string;
      readonly top: number;
    }
  | { readonly type: 'report'; readonly id: string }
  | { readonly type: 'parquet'; readonly view: ViewName };

export interface Summary {
  readonly reports: number;
  readonly synthetic: number;
  readonly shards: number;
  readonly requests: number;
  readonly bytes: number;
}

export type Answer =
  | { readonly type: 'open'; readonly summary: Summary }
  | { readonly type: 'local'; readonly reports: number }
  | {
      readonly type: 'query';
      readonly matched: number;
      readonly total: number;
      /** The same for the same rows in any order: a new sort leaves a view's charts as they are. */
      readonly rowSet: number;
      /** The window asked for with the query, from its first row's place. */
      readonly window?: { readonly start: number; readonly rows: readonly WindowRow[] };
    }
  | { readonly type: 'window'; readonly rows: readonly WindowRow[] }
  | {
      readonly type: 'stats';
      readonly histogram: Histogram;
      readonly top: readonly WindowRow[];
    }
  | { readonly type: 'report'; readonly file: unknown }
  | { readonly type: 'parquet'; readonly bytes: Uint8Array };

export type Envelope<T> = { readonly id: number } & T;
export type Reply =
  | Envelope<{ readonly ok: true; readonly answer: Answer }>
  | Envelope<{
      readonly ok: false;
      readonly message: string;
      /** What is wrong and where, as data, when a dataset does not open (dataset-problem.ts). */
      readonly problem?: OpenProblem | undefined;
    }>;
