import { bundle } from './bundle.ts';

// The strings of a dataset opened in the library and the comparison (many reports, read in a
// worker): they load with those pages.

/** 10000 → 10,000: counts of thousands are read at a glance (in Chinese text as well). */
const n = (count: number) => count.toLocaleString('en-US');

const zhDataset = {
  origin: '数据集',
  loading: '正在读取数据集…',
  failed: (why: string) => `无法读取数据集：${why}`,
  summary: (reports: number, synthetic: number) =>
    synthetic > 0
      ? `数据集共 ${n(reports)} 份报告，其中 ${n(synthetic)} 份是合成数据（为测试生成，不是真实报告）。`
      : `数据集共 ${n(reports)} 份报告。`,
  syntheticBadge: '合成',
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
  summary: (reports, synthetic) =>
    synthetic > 0
      ? `The dataset has ${n(reports)} reports, ${n(synthetic)} of them synthetic (generated for testing, not real reports).`
      : `The dataset has ${n(reports)} reports.`,
  syntheticBadge: 'Synthetic',
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
