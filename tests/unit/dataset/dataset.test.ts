import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  allCellPaths,
  cellColumn,
  datasetColumns,
  MetricFlag,
} from '../../../src/dataset/dataset-columns.ts';
import { readDatasetIndex } from '../../../src/dataset/dataset-index.ts';
import { DatasetService } from '../../../src/dataset/dataset-service.ts';
import { DatasetTable, type Query } from '../../../src/dataset/dataset-table.ts';
import {
  bytesSource,
  cellsOfRow,
  openShard,
  readColumns,
  readRow,
} from '../../../src/dataset/read-dataset.ts';
import { syntheticFileText, syntheticReports } from '../../../src/dataset/synthetic-reports.ts';
import { readCellFilter } from '../../../src/components/tables/cell-filter.ts';
import { valueFilter } from '../../../src/dataset/value-filter.ts';
import {
  datasetRows,
  parquetOf,
  writeDataset,
  type WriteInput,
} from '../../../src/dataset/write-dataset.ts';
import { readPart, tablePart } from '../../../src/dataset/dataset-source.ts';
import { loadReport } from '../../../src/load/load-report.ts';
import { normalizeCell } from '../../../src/report/cell.ts';
import { buildReportFile, projectFile, setPath } from '../../builders.ts';

const load = (file: unknown): WriteInput => {
  const loaded = loadReport(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { report: loaded.report, findings: loaded.findings, file };
};

/** A 2021 report with a cell of every form: a number, a blank, text as printed. */
function everyForm() {
  const file = buildReportFile('2021');
  setPath(file, 'id', 'forms-2022');
  setPath(file, 'sections.proactive.fees.amount', '537余万元');
  setPath(file, 'sections.applications.received.research', null);
  setPath(file, 'sections.applications.carriedOver.person', '-');
  setPath(file, 'sections.applications.results.granted.person', '无');
  return file;
}

describe('the dataset writer and reader', () => {
  it('round-trips every cell form: a number, a blank, a not-applicable mark, text like 537余万元', async () => {
    const file = everyForm();
    const input = load(file);
    const { files, index } = writeDataset([input, load(buildReportFile('2019'))]);
    expect(index.shards.map((s) => [s.year, s.rows])).toEqual([
      [2020, 1],
      [2022, 1],
    ]);
    const shard = await openShard(bytesSource(files[1]?.bytes as Uint8Array));
    const row = await readRow(
      shard,
      0,
      shard.metadata.schema.slice(1).map((s) => s.name),
    );
    const cells = cellsOfRow(row);
    expect(cells['sections.proactive.fees.amount']).toBe('537余万元');
    expect(cells['sections.applications.received.research']).toBeNull();
    expect(cells['sections.applications.carriedOver.person']).toBe('-');
    expect(cells['sections.applications.results.granted.person']).toBe('无');
    expect(cells['sections.applications.received.total']).toBe(168);
    // The number column of a printed cell holds its number, for analysts.
    expect(row[cellColumn('sections.proactive.fees.amount')]).toBe(537);
    // Every cell of the report, read back, normalises to the cell the report had.
    for (const path of allCellPaths()) {
      const original = path
        .split('.')
        .reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], input.report);
      if (original === undefined) continue;
      expect(normalizeCell(cells[path]), path).toEqual(original);
    }
    // The whole report is in the row: it loads again as the same report.
    const again = loadReport(row.report);
    expect(again.ok && again.report).toEqual(input.report);
    expect(row.errors).toBe(
      input.findings.filter((f) => f.status === 'failed' && f.severity === 'error').length,
    );
  });

  it('writes the same bytes for the same reports, whatever their order', () => {
    const a = [load(everyForm()), load(buildReportFile('2019')), load(buildReportFile('2021'))];
    const one = writeDataset(a);
    const two = writeDataset([...a].reverse());
    expect(two.files.map((f) => Buffer.from(f.bytes).toString('hex'))).toEqual(
      one.files.map((f) => Buffer.from(f.bytes).toString('hex')),
    );
    expect(readDatasetIndex(JSON.stringify(one.index))).toEqual({ ok: true, index: one.index });
  });

  it('reads only the columns asked for', async () => {
    const { files } = writeDataset([load(everyForm())]);
    const bytes = files[0]?.bytes as Uint8Array;
    let read = 0;
    const source = {
      byteLength: bytes.byteLength,
      slice: (s: number, e?: number) => (
        (read += (e ?? bytes.byteLength) - s),
        bytes.slice(s, e).buffer
      ),
    };
    const shard = await openShard(source);
    const footer = read;
    const columns = await readColumns(shard, ['id', 'metric_received']);
    expect(Array.from(columns.id as ArrayLike<string>)).toEqual(['forms-2022']);
    expect(read - footer).toBeLessThan(bytes.byteLength / 10);
  });

  it('marks the columns every row has as REQUIRED, and reads an older all-optional file alike', async () => {
    const input = load(everyForm());
    const { files } = writeDataset([input]);
    const shard = await openShard(bytesSource(files[0]?.bytes as Uint8Array));
    const repetition = new Map(shard.metadata.schema.map((s) => [s.name, s.repetition_type]));
    expect(repetition.get('id')).toBe('REQUIRED');
    expect(repetition.get('year')).toBe('REQUIRED');
    expect(repetition.get('flag_received')).toBe('REQUIRED');
    expect(repetition.get('region')).toBe('OPTIONAL');
    expect(repetition.get('metric_received')).toBe('OPTIONAL');
    expect(repetition.get(cellColumn('sections.applications.received.research'))).toBe('OPTIONAL');
    // The same row written with every column optional, as the first datasets were.
    const rows = datasetRows([input]);
    const optional = parquetOf(
      rows,
      datasetColumns().map(({ name, type }) => ({ name, type })),
    );
    const old = await openShard(bytesSource(optional));
    expect(old.metadata.schema.find((s) => s.name === 'id')?.repetition_type).toBe('OPTIONAL');
    const now = await readPart('new', shard);
    const then = await readPart('old', old);
    expect(then.text).toEqual(now.text);
    expect(then.numbers).toEqual(now.numbers);
    expect(then.flags).toEqual(now.flags);
    expect(now.numbers.year?.[0]).toBe(input.report.year);
    expect(now.text.agency?.[0]).toBe(input.report.agency.name);
  });

  it('says which row lacks a value every row must have', () => {
    const rows = datasetRows([load(everyForm())]);
    const broken = rows.map((row) => ({ ...row, agency: null }));
    expect(() => parquetOf(broken)).toThrow(
      'row 1 (forms-2022): no agency, which every row must have',
    );
  });

  it('says what is wrong with an index that does not fit', () => {
    const read = readDatasetIndex('{"format":"xxgk-dataset","version":2}');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/^index\.json: version/);
  });
});

describe('the synthetic reports', () => {
  const texts = (seed: number) => [...syntheticReports(300, seed)].map(syntheticFileText);

  it('are the same for the same seed, and others for another', () => {
    expect(texts(1)).toEqual(texts(1));
    expect(texts(2)).not.toEqual(texts(1));
  });

  it('load, are marked synthetic, come in both templates, and a few fail their checks', () => {
    const reports = [...syntheticReports(600, 1)].map((file) => load(file));
    expect(reports.every((r) => r.report.synthetic === true)).toBe(true);
    expect(new Set(reports.map((r) => r.report.template))).toEqual(new Set(['2019', '2021']));
    const failing = reports.filter((r) =>
      r.findings.some((f) => f.status === 'failed' && f.severity === 'error'),
    );
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.length).toBeLessThan(reports.length * 0.1);
    const received = reports
      .map((r) => r.report.sections.applications.received.total.value ?? 0)
      .sort((a, b) => a - b);
    // Mostly small agencies, a few large.
    expect(received[Math.floor(received.length / 2)]).toBeLessThan(30);
    expect(received.at(-1)).toBeGreaterThan(200);
  });

  it('are never shipped as real data', () => {
    const dir = projectFile('public/data/reports');
    for (const name of readdirSync(dir).filter((n) => n !== 'index.json')) {
      expect(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')).synthetic, name).toBeUndefined();
    }
  });
});

describe("the worker's queries", () => {
  async function service() {
    const inputs = [...syntheticReports(400, 3)].map((file) => load(file));
    const { files, index } = writeDataset(inputs);
    const all = [
      new File([JSON.stringify(index)], 'index.json'),
      ...files.map((f) => new File([f.bytes as Uint8Array<ArrayBuffer>], f.name)),
    ];
    const s = new DatasetService();
    const opened = await s.handle({ type: 'open', source: { kind: 'files', files: all } });
    return { s, inputs, opened };
  }
  const query = {
    ids: null,
    sort: null,
    filters: {},
    search: '',
    columns: ['received'],
    hideEmpty: false,
  };

  it('opens a dataset beside the app by byte ranges, with the index the page already read', async () => {
    const inputs = [...syntheticReports(60, 5)].map((file) => load(file));
    const { files, index } = writeDataset(inputs);
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      const name = url.replace('https://host/data/dataset/', '');
      asked.push(name);
      const bytes = files.find((f) => f.name === name)?.bytes;
      if (!bytes) return new Response('not found', { status: 404 });
      const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '');
      if (!range) return new Response(bytes as Uint8Array<ArrayBuffer>);
      const part = bytes.slice(Number(range[1]), Number(range[2]) + 1);
      return new Response(part, { status: 206 });
    });
    try {
      const s = new DatasetService();
      const opened = await s.handle({
        type: 'open',
        source: {
          kind: 'url',
          base: 'https://host/data/dataset/',
          indexText: JSON.stringify(index),
        },
      });
      expect(opened.type === 'open' && opened.summary.reports).toBe(60);
      expect(asked).not.toContain('index.json');
      expect(asked.length).toBeGreaterThan(0);
      const answer = await s.handle({ type: 'query', view: 'library', query });
      expect(answer.type === 'query' && answer.matched).toBe(60);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a view scrollable when the reports in the browser change under it', async () => {
    const { s } = await service();
    await s.handle({ type: 'query', view: 'compare', query });
    const part = tablePart(
      { id: ['local-2024'], agency: ['本机的机关'], agency_key: ['本机的机关'], year: [2024] },
      1,
      'local',
    );
    await s.handle({ type: 'local', part, rows: [{ id: 'local-2024' }] });
    // The table is built anew with the local report; the view's last query runs again on it.
    const window = await s.handle({
      type: 'window',
      view: 'compare',
      start: 0,
      count: 3,
      columns: ['received'],
    });
    expect(window.type === 'window' && window.rows).toHaveLength(3);
    const all = await s.handle({ type: 'query', view: 'compare', query });
    expect(all.type === 'query' && all.matched).toBe(401);
  });

  it('sorts, filters and returns only the rows asked for', async () => {
    const { s, inputs, opened } = await service();
    expect(opened.type === 'open' && opened.summary).toMatchObject({
      reports: 400,
      synthetic: 400,
    });
    const sorted = await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, sort: { column: 'received', desc: true } },
    });
    expect(sorted).toMatchObject({ type: 'query', matched: 400, total: 400 });
    // The same rows in another order: the same set (the charts stay); other rows: another.
    const resorted = await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, sort: { column: 'received', desc: false } },
    });
    const fewer = await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, filters: { received: '>=50' } },
    });
    const setOf = (a: typeof sorted) => (a.type === 'query' ? a.rowSet : NaN);
    expect(setOf(resorted)).toBe(setOf(sorted));
    expect(setOf(fewer)).not.toBe(setOf(sorted));
    await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, sort: { column: 'received', desc: true } },
    });
    const top = await s.handle({
      type: 'window',
      view: 'compare',
      start: 0,
      count: 5,
      columns: ['received'],
    });
    const expected = inputs
      .map((i) => i.report.sections.applications.received.total.value)
      .filter((v): v is number => v !== null)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect(top.type === 'window' && top.rows.map((r) => r.values.received)).toEqual(expected);
    // The same rows with the query's own answer, in one round trip.
    const withRows = await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, sort: { column: 'received', desc: true } },
      window: { start: 0, count: 5, columns: ['received'] },
    });
    expect(withRows.type === 'query' && withRows.window?.start).toBe(0);
    expect(
      withRows.type === 'query' && withRows.window?.rows.map((r) => r.values.received),
    ).toEqual(expected);
    // A window past the rows matched moves up to their last rows.
    const fewRows = await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, filters: { received: '>=50' } },
      window: { start: 300, count: 5, columns: ['received'] },
    });
    const matchedFew = fewRows.type === 'query' ? fewRows.matched : 0;
    expect(matchedFew).toBeGreaterThan(5);
    expect(fewRows.type === 'query' && fewRows.window?.start).toBe(matchedFew - 5);
    expect(fewRows.type === 'query' && fewRows.window?.rows).toHaveLength(5);

    await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, filters: { received: '>=50' } },
    });
    const filtered = await s.handle({
      type: 'window',
      view: 'compare',
      start: 0,
      count: 1e9,
      columns: ['received'],
    });
    const big = inputs.filter(
      (i) => (i.report.sections.applications.received.total.value ?? -1) >= 50,
    );
    expect(filtered.type === 'window' && filtered.rows.length).toBe(big.length);
    expect(
      filtered.type === 'window' && filtered.rows.every((r) => (r.values.received as number) >= 50),
    ).toBe(true);
  });

  it('marks a metric whose cells failed a check, and opens a row as its report', async () => {
    const { s, inputs } = await service();
    const failing = inputs.find((i) =>
      i.findings.some(
        (f) => f.ruleId === 'row-total' && f.cells.includes('sections.applications.received.total'),
      ),
    );
    expect(failing).toBeDefined();
    await s.handle({
      type: 'query',
      view: 'library',
      query: { ...query, ids: [failing?.report.id ?? ''] },
    });
    const rows = await s.handle({
      type: 'window',
      view: 'library',
      start: 0,
      count: 1,
      columns: ['received'],
    });
    expect(
      rows.type === 'window' && (rows.rows[0]?.flags.received ?? 0) & MetricFlag.failedCheck,
    ).toBeTruthy();
    const opened = await s.handle({ type: 'report', id: failing?.report.id ?? '' });
    expect(opened.type === 'report' && opened.file).toEqual(failing?.file);
  });

  it('downloads the selection as a dataset file that opens again', async () => {
    const { s } = await service();
    await s.handle({
      type: 'query',
      view: 'compare',
      query: { ...query, filters: { received: '<3' } },
    });
    const matched = await s.handle({
      type: 'window',
      view: 'compare',
      start: 0,
      count: 1e9,
      columns: [],
    });
    const parquet = await s.handle({ type: 'parquet', view: 'compare' });
    const again = new DatasetService();
    const file = new File(
      [(parquet.type === 'parquet' ? parquet.bytes : new Uint8Array()) as Uint8Array<ArrayBuffer>],
      'selection.parquet',
    );
    const opened = await again.handle({ type: 'open', source: { kind: 'files', files: [file] } });
    expect(opened.type === 'open' && opened.summary.reports).toBe(
      matched.type === 'window' ? matched.rows.length : -1,
    );
  });

  it('sorts blanks last in both directions and text by collation', () => {
    const table = new DatasetTable([
      {
        rows: 3,
        source: 'x',
        text: { id: ['a', 'b', 'c'], agency: ['乙', '甲', '丙'], agency_key: ['乙', '甲', '丙'] },
        numbers: { year: [2020, 2020, 2020], received: [5, NaN, 1] },
        flags: {},
      },
    ]);
    const ids = (order: Uint32Array) => Array.from(order, (r) => table.text.id?.[r]);
    const run = (column: string, desc: boolean) => table.run({ ...query, sort: { column, desc } });
    expect(ids(run('received', false))).toEqual(['c', 'a', 'b']);
    expect(ids(run('received', true))).toEqual(['a', 'c', 'b']);
    expect(ids(run('label', false))).toEqual(['c', 'b', 'a']);
  });

  it('filters a kept sort as a fresh sort of the rows filtered, whatever came before', () => {
    // 200 rows: values with many ties and blanks, regions with blanks; agencies out of order.
    const n = 200;
    const received = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : (i * 37) % 11));
    const region = Array.from({ length: n }, (_, i) => (i % 5 === 0 ? null : `区${(i * 13) % 4}`));
    const agency = Array.from(
      { length: n },
      (_, i) => `机关${String((i * 71) % n).padStart(3, '0')}`,
    );
    const table = new DatasetTable([
      {
        rows: n,
        source: 'x',
        text: { id: agency.map((a) => `${a}-2020`), agency, agency_key: agency, region },
        numbers: { year: new Array<number>(n).fill(2020), received },
        flags: {},
      },
    ]);
    // What a query means: the rows in the library's order, those the filters keep, sorted by
    // the value (then the row), blanks after in the order they had.
    const expected = (desc: boolean, keep: (row: number) => boolean) => {
      const rows = Array.from(table.defaultOrder).filter(keep);
      const known = rows.filter((r) => !Number.isNaN(received[r]));
      const sign = desc ? -1 : 1;
      known.sort((a, b) => sign * ((received[a] ?? 0) - (received[b] ?? 0)) || a - b);
      return [...known, ...rows.filter((r) => Number.isNaN(received[r]))];
    };
    const sort = (desc: boolean) => ({ column: 'received', desc });
    const run = (desc: boolean, filters: Record<string, string> = {}) =>
      Array.from(table.run({ ...query, sort: sort(desc), filters }));

    expect(run(true)).toEqual(expected(true, () => true));
    // The sort is now kept: filtered, it is the fresh sort of the rows kept, both ways.
    expect(run(true, { received: '>3' })).toEqual(expected(true, (r) => (received[r] ?? NaN) > 3));
    expect(run(false, { region: '区1' })).toEqual(expected(false, (r) => region[r] === '区1'));
    // A count with no number is blank (it is no metric: nothing is "not applicable").
    expect(run(false, { received: 'blank' })).toEqual(
      expected(false, (r) => Number.isNaN(received[r])),
    );
    expect(run(false, { received: 'na', region: '区' })).toEqual([]);
    // Asked again after other queries, the kept order is as it was (no query changed it).
    expect(run(true)).toEqual(expected(true, () => true));
    expect(run(false)).toEqual(expected(false, () => true));
    // A metric with no number is "—" to a filter and to the search; a number is its text.
    const metric = new DatasetTable([
      {
        rows: 3,
        source: 'x',
        text: { id: ['a', 'b', 'c'], agency: ['甲', '乙', '丙'], agency_key: ['甲', '乙', '丙'] },
        numbers: { year: [2020, 2020, 2020], rate: [0.5, NaN, 12] },
        flags: { rate: [0, 0, 0] },
      },
    ]);
    const found = (q: Partial<Query>) =>
      Array.from(metric.run({ ...query, columns: ['rate'], ...q }), (r) => metric.text.id?.[r]);
    expect(found({ filters: { rate: 'na' } })).toEqual(['b']);
    expect(found({ search: '—' })).toEqual(['b']);
    expect(found({ search: '12' })).toEqual(['c']);
    expect(found({ filters: { rate: '0.5' } })).toEqual(['a']);
  });
});

describe('the filter grammar in the worker', () => {
  it('answers as the DataTable filter does', () => {
    const cells = [0, 3, 12, 537, null, '-', '537余万元', '无'].map((raw) => normalizeCell(raw));
    for (const expression of [
      '>3',
      '<=3',
      '=0',
      '3',
      '1-12',
      '12~600',
      'blank',
      'na',
      '余万',
      '>',
      '',
    ]) {
      const worker = valueFilter(expression);
      for (const cell of cells) {
        const value = {
          value: cell.value ?? NaN,
          text: cell.raw === null ? '' : String(cell.raw),
          blank: cell.raw === null,
          notApplicable: cell.notApplicable === true,
        };
        expect(worker ? worker(value) : true, `${expression} on ${String(cell.raw)}`).toBe(
          readCellFilter(expression).matches(cell),
        );
      }
    }
  });
});
