import { bundle } from './bundle.ts';

// The strings of the charts (src/components/charts), in both languages.

export interface ChartMessages {
  empty: string;
  /** Caption of the text alternative (the data table). */
  dataTable: string;
  showData: string;
  hideData: string;
  value: string;
  printed: string;
  toggleSeries: (label: string) => string;
  total: string;
  /** The centre of a donut with slices switched off: the sum of those shown. */
  shownTotal: string;
  /** Beside a value the app derived, in tooltips and data tables. */
  derived: string;
  /** Under a chart that shows a derived value (marked '*'). */
  derivedNote: string;
  /** Under a donut whose slices do not add up to the total the report gives. */
  totalDiffers: (sum: string, total: string) => string;
  /** Under a flow chart where a node's figure in the report is not what its flows add up to. */
  flowsDiffer: (label: string, reported: string, flows: string) => string;
}

export const zhChartMessages: ChartMessages = {
  empty: '没有可以绘制的数据。',
  dataTable: '图表数据',
  showData: '显示数据表',
  hideData: '隐藏数据表',
  value: '数值',
  printed: '原文',
  toggleSeries: (label) => `显示或隐藏“${label}”`,
  total: '合计',
  shownTotal: '所示合计',
  derived: '推算',
  derivedNote: '* 推算值：报告中该总计为空，此处是该行已填各栏之和。',
  totalDiffers: (sum, total) =>
    `各部分相加为 ${sum}，而报告所列合计为 ${total}：报告中的数字不一致。中间显示报告所列的合计。`,
  flowsDiffer: (label, reported, flows) =>
    `“${label}”按报告为 ${reported}，而它的流向相加为 ${flows}：报告中的数字不平衡。图中各流向按报告所列绘制。`,
};

export const enChartMessages: ChartMessages = {
  empty: 'There is no data to chart.',
  dataTable: 'Chart data',
  showData: 'Show data table',
  hideData: 'Hide data table',
  value: 'Value',
  printed: 'As printed',
  toggleSeries: (label) => `Show or hide “${label}”`,
  total: 'Total',
  shownTotal: 'Total shown',
  derived: 'derived',
  derivedNote:
    "* Derived: the report leaves this total blank; the figure is the sum of its row's filled cells.",
  totalDiffers: (sum, total) =>
    `The parts add up to ${sum}, but the report gives a total of ${total}: the report's figures disagree. The centre shows the report's total.`,
  flowsDiffer: (label, reported, flows) =>
    `“${label}” is ${reported} in the report, but its flows add up to ${flows}: the report's figures do not balance. Each flow is drawn as the report gives it.`,
};

export const chartMessages = bundle(zhChartMessages, enChartMessages);
