import { describe, expect, it } from 'vitest';
import { DatasetProblem, type OpenProblem } from '../../../src/dataset/dataset-problem.ts';
import { DatasetService } from '../../../src/dataset/dataset-service.ts';
import { syntheticReports } from '../../../src/dataset/synthetic-reports.ts';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { writeDataset, type WriteInput } from '../../../src/dataset/write-dataset.ts';
import { datasetMessages } from '../../../src/i18n/dataset-messages.ts';
import { problemText } from '../../../src/app/dataset/problem-text.ts';
import { loadReport } from '../../../src/load/load-report.ts';

// A dataset opened from disk that does not open: the worker says what is wrong and where, as
// data the page puts in the reader's language, and keeps the dataset it had.

const load = (file: unknown): WriteInput => {
  const loaded = loadReport(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { report: loaded.report, findings: loaded.findings, file };
};

const inputs = [...syntheticReports(40, 7)].map((file) => load(file));
const { files, index } = writeDataset(inputs);
const shard = files[0] as { name: string; bytes: Uint8Array };
const bytes = shard.bytes as Uint8Array<ArrayBuffer>;
const good = (): File[] => [
  new File([JSON.stringify(index)], 'index.json'),
  ...files.map((f) => new File([f.bytes as Uint8Array<ArrayBuffer>], f.name)),
];

/** What opening these files says is wrong (throws if they open). */
async function problem(opened: File[], service = new DatasetService()): Promise<OpenProblem> {
  try {
    await service.handle({ type: 'open', source: { kind: 'files', files: opened } });
  } catch (error) {
    if (error instanceof DatasetProblem) return error.problem;
    throw error;
  }
  throw new Error('the files opened');
}

describe('a dataset from disk that does not open', () => {
  it('names the file and says what is wrong with it', async () => {
    expect(await problem([new File(['笔记'], 'notes.txt')])).toEqual({
      code: 'no-shards',
      files: ['notes.txt'],
    });
    expect(await problem([new File([], 'empty.parquet')])).toEqual({
      code: 'empty',
      file: 'empty.parquet',
    });
    // Cut short at its end, or its start: no PAR1 mark there.
    const head = new File([bytes.slice(0, Math.floor(bytes.length / 2))], 'head.parquet');
    expect(await problem([head])).toEqual({ code: 'not-parquet', file: 'head.parquet' });
    const tail = new File([bytes.slice(Math.floor(bytes.length / 2))], 'tail.parquet');
    expect(await problem([tail])).toEqual({ code: 'not-parquet', file: 'tail.parquet' });
    // PAR1 at both ends, nothing of Parquet between.
    const junk = new File(['PAR1', new Uint8Array(200).fill(7), 'PAR1'], 'junk.parquet');
    const damaged = await problem([junk]);
    expect(damaged).toMatchObject({ code: 'damaged', file: 'junk.parquet' });
    // An index that is not a dataset's, and one that names shards not opened.
    expect(await problem([new File(['{"hello":1}'], 'index.json')])).toMatchObject({
      code: 'bad-index',
      file: 'index.json',
    });
    const [indexFile, ...shards] = good();
    expect(await problem([indexFile as File, ...shards.slice(1)])).toEqual({
      code: 'missing-shards',
      files: [shard.name],
    });
    // A Parquet file of another kind: the report column alone.
    const other = parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'INT32' }] });
    const foreign = new File([other], 'other.parquet');
    expect(await problem([foreign])).toMatchObject({ code: 'not-ours', file: 'other.parquet' });
  });

  it('is said in the reader\u2019s language, naming the file', async () => {
    const [zh, en] = await Promise.all([datasetMessages.load('zh'), datasetMessages.load('en')]);
    const wrong = await problem([new File([bytes.slice(0, 100)], 'reports-2023.parquet')]);
    expect(problemText(wrong, zh.problems)).toBe(
      'reports-2023.parquet 不是 Parquet 文件，或者不完整（开头或结尾没有 PAR1 标记）。',
    );
    expect(problemText(wrong, en.problems)).toBe(
      'reports-2023.parquet is not a Parquet file, or is cut short (no PAR1 mark at its start or end).',
    );
    const many = await problem(['a', 'b', 'c', 'd', 'e'].map((n) => new File(['x'], `${n}.txt`)));
    expect(problemText(many, zh.problems)).toContain('a.txt、b.txt、c.txt 等（另有 2 个）');
    expect(problemText(many, en.problems)).toContain('a.txt, b.txt, c.txt and 2 more');
  });

  it('leaves the dataset the worker had as it was', async () => {
    const service = new DatasetService();
    await service.handle({ type: 'open', source: { kind: 'files', files: good() } });
    const query = {
      ids: null,
      sort: null,
      filters: { received: '>0' },
      search: '',
      columns: ['received'],
      hideEmpty: false,
    };
    const before = await service.handle({ type: 'query', view: 'library', query });
    const tail = new File([bytes.slice(8)], 'reports-2023.parquet');
    expect((await problem([tail], service)).code).toBe('not-parquet');
    // Its views and table are still there: a window of the last query, and the query again.
    const rows = await service.handle({
      type: 'window',
      view: 'library',
      start: 0,
      count: 5,
      columns: ['received'],
    });
    expect(rows.type === 'window' && rows.rows.length).toBe(5);
    expect(await service.handle({ type: 'query', view: 'library', query })).toEqual(before);
  });
});
