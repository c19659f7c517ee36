import { bundle } from './bundle.ts';

// The strings of a dataset opened in the library and the comparison (many reports, read in a
// worker): they load with those pages.

/** 10000 → 10,000: counts of thousands are read at a glance (in Chinese text as well). */
const n = (count: number) => count.toLocaleString('en-US');

const zhDataset = {
  origin: '数据集',
  loading: '正在读取数据集…',
  failed: (why: string) => `无法读取数据集：${why}`,
  // What is wrong with a dataset that did not open, and where (dataset-problem.ts, said by
  // problem-text.ts).
  problems: {
    separator: '、',
    more: (count: number) => `等（另有 ${count} 个）`,
    noShards: (names: string) =>
      `所选的文件（${names}）中没有 .parquet 文件。请选择数据集的文件夹，或其中的 index.json 和 .parquet 文件。`,
    noFiles: '没有选到 .parquet 文件。',
    // (Chinese has one form for one file and several.)
    missingShards: (names: string, _count: number) =>
      `index.json 列出的 ${names} 不在所选的文件中。`,
    badIndex: (file: string, detail: string) => `${file} 不是本应用的数据集索引（${detail}）。`,
    empty: (file: string) => `${file} 是空文件。`,
    notParquet: (file: string) =>
      `${file} 不是 Parquet 文件，或者不完整（开头或结尾没有 PAR1 标记）。`,
    damaged: (file: string, detail: string) => `${file} 已损坏，读不出来（${detail}）。`,
    notOurs: (file: string, columns: readonly string[]) =>
      `${file} 不是本应用生成的数据集：缺少列 ${columns.join('、')}（请用 npm run dataset 生成）。`,
    http: (file: string, status: number) => `${file}：服务器回答 HTTP ${status}。`,
  },
  /** A failure, and that the dataset open was kept. */
  failedKept: (why: string) => `${why}已打开的数据集保持不变。`,
  summary: (reports: number, synthetic: number) =>
    synthetic > 0
      ? `数据集共 ${n(reports)} 份报告，其中 ${n(synthetic)} 份是合成数据（为测试生成，不是真实报告）。`
      : `数据集共 ${n(reports)} 份报告。`,
  syntheticBadge: '合成',
  // The marks' short forms, on a phone (the words stay for screen readers).
  syntheticShort: '合',
  failingShort: '✗',
  syntheticNote: '合成数据：为测试和测量生成，不是真实发布的报告',
  openTitle: '打开数据集',
  openIntro:
    '从磁盘打开用 npm run dataset 生成的数据集：选择它的文件夹，或其中的文件（index.json 和 .parquet），或单个 .parquet 文件。',
  openFolder: '打开文件夹…',
  openFiles: '打开文件…',
  opened: (reports: number) => `已打开：${n(reports)} 份报告。`,
  download: '下载当前所选',
  downloadParquet: 'Parquet（数据集格式）',
  downloadCsv: 'CSV',
  downloadXlsx: 'XLSX',
  working: '正在生成…',
  compareAll: (count: number) => `比较全部 ${n(count)} 份`,
  compareShown: '比较数据集中的全部报告',
  top: (n: number) => `前 ${n} 名`,
  openingReport: '正在打开报告…',
  cannotOpen: (why: string) => `无法打开这份报告：${why}`,
  failedMark: '计算所依据的单元格未通过勾稽校验（打开报告查看）',
};

type DatasetMessages = typeof zhDataset;

const enDataset: DatasetMessages = {
  origin: 'Dataset',
  loading: 'Reading the dataset…',
  failed: (why) => `Cannot read the dataset: ${why}`,
  problems: {
    separator: ', ',
    more: (count) => `and ${count} more`,
    noShards: (names) =>
      `There is no .parquet file among the files chosen (${names}). Choose the dataset's folder, or its index.json and .parquet files.`,
    noFiles: 'No .parquet file was chosen.',
    missingShards: (names, count) =>
      `index.json lists ${names}, which ${count > 1 ? 'are' : 'is'} not among the files chosen.`,
    badIndex: (file, detail) => `${file} is not this app's dataset index (${detail}).`,
    empty: (file) => `${file} is empty.`,
    notParquet: (file) =>
      `${file} is not a Parquet file, or is cut short (no PAR1 mark at its start or end).`,
    damaged: (file, detail) => `${file} is damaged and cannot be read (${detail}).`,
    notOurs: (file, columns) =>
      `${file} is not a dataset made by this app: it has no column ${columns.join(', ')} (make one with npm run dataset).`,
    http: (file, status) => `${file}: the server answered HTTP ${status}.`,
  },
  failedKept: (why) => `${why} The dataset already open is kept as it was.`,
  summary: (reports, synthetic) =>
    synthetic > 0
      ? `The dataset has ${n(reports)} reports, ${n(synthetic)} of them synthetic (generated for testing, not real reports).`
      : `The dataset has ${n(reports)} reports.`,
  syntheticBadge: 'Synthetic',
  syntheticShort: 'S',
  failingShort: '✗',
  syntheticNote: 'Synthetic data: generated for testing and measuring, not a published report',
  openTitle: 'Open a dataset',
  openIntro:
    'Open a dataset made by npm run dataset from disk: its folder, its files (index.json and the .parquet files), or one .parquet file.',
  openFolder: 'Open a folder…',
  openFiles: 'Open files…',
  opened: (reports) => `Opened: ${n(reports)} reports.`,
  download: 'Download the selection',
  downloadParquet: 'Parquet (the dataset format)',
  downloadCsv: 'CSV',
  downloadXlsx: 'XLSX',
  working: 'Preparing…',
  compareAll: (count) => `Compare all ${n(count)}`,
  compareShown: 'Compare every report of the dataset',
  top: (n) => `Top ${n}`,
  openingReport: 'Opening the report…',
  cannotOpen: (why) => `Cannot open this report: ${why}`,
  failedMark: 'A check failed on a cell this is computed from (open the report to see it)',
};

export const datasetMessages = bundle(zhDataset, enDataset);
export type { DatasetMessages };
