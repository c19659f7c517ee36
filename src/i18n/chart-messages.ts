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
};

export const chartMessages = bundle(zhChartMessages, enChartMessages);
