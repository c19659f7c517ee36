import { describe, expect, it } from 'vitest';
import { selectionTable } from '../../../src/app/dataset/dataset-export.ts';
import { compareRows, libraryRows } from '../../../src/app/dataset/dataset-rows.ts';
import type { WindowRow } from '../../../src/dataset/dataset-table.ts';
import { datasetMessages } from '../../../src/i18n/dataset-messages.ts';
import { libraryMessages } from '../../../src/i18n/library-messages.ts';

// A download of the dataset's selection reads as the table on screen does: words, not the
// dataset's codes (市级, not city; 2021 年版, not 2021; 数据集, not dataset).

const row: WindowRow = {
  index: 0,
  id: 'a-2022',
  agency: '安平市教育局',
  agencyKey: 'a',
  year: 2022,
  synthetic: true,
  source: 'reports-2022.parquet',
  values: {
    region: '北川省安平市',
    level: 'city',
    year: 2022,
    template: '2021',
    publishedOn: '2023-01-22',
    origin: 'dataset',
    received: 12,
    disclosureRate: 84.61538,
    errors: 2,
    warnings: 0,
  },
  flags: {},
};
const columns = [
  'region',
  'level',
  'year',
  'template',
  'publishedOn',
  'origin',
  'received',
  'disclosureRate',
].map((id) => ({ id, header: id }));

describe("a download of the dataset's selection", () => {
  it('has the library table\u2019s words and figures, in either language', async () => {
    for (const [lang, words] of [
      ['zh', ['市级', '2021 年版', '数据集']],
      ['en', ['City', '2021 template', 'Dataset']],
    ] as const) {
      const m = await libraryMessages.load(lang);
      const d = await datasetMessages.load(lang);
      const table = selectionTable(
        { title: 't', rowHeader: 'r', columns, toRows: (rows) => libraryRows(rows, m, d).rows },
        [row],
      );
      expect(table.rows).toEqual([
        {
          label: '安平市教育局',
          cells: ['北川省安平市', words[0], 2022, words[1], '2023-01-22', words[2], 12, 84.6],
        },
      ]);
    }
  });

  it('labels a comparison\u2019s rows with their year, and says — where a metric cannot be computed', async () => {
    const m = await libraryMessages.load('zh');
    const d = await datasetMessages.load('zh');
    const blank = { ...row, values: { ...row.values, disclosureRate: null } };
    const table = selectionTable(
      {
        title: 't',
        rowHeader: 'r',
        columns: [
          { id: 'received', header: '本年新收' },
          { id: 'disclosureRate', header: '率' },
        ],
        toRows: (rows) => compareRows(rows, ['received', 'disclosureRate'], m, d).rows,
      },
      [blank],
    );
    expect(table.rows).toEqual([{ label: '安平市教育局 2022 年度', cells: [12, '—'] }]);
  });
});
