import type { ChartExportMessages } from '../../i18n/export-messages.ts';

/** One series of a chart: a bar colour, a stack segment, a legend entry. */
export interface ChartSeries {
  key: string;
  label: string;
}

/** A cell as the chart sees it: the number read from the report and the form it was printed in. */
export interface ChartValue {
  value: number | null;
  /** The form in the report, e.g. '537余万元', '增3项'. */
  printed?: string;
}

/** One category: a bar group, a stack, a donut slice. */
export interface ChartDatum {
  key: string;
  label: string;
  values: Record<string, ChartValue | undefined>;
}

/**
 * Okabe–Ito colours, which stay distinguishable under the common colour-vision deficiencies.
 * Black and grey come last because black hides dark value labels and grey reads as "disabled".
 */
export const chartPalette: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
  '#999999',
];

export interface SankeyNodeSpec {
  key: string;
  label: string;
}

export interface SankeyLinkSpec {
  source: string;
  target: string;
  value: number;
}

/** What a chart needs to leave the app as an image: its file name and the lines drawn round it. */
export interface ChartExport {
  /** File name without extension: `聊城市农业农村局-2020-applications-outcomes`. */
  fileName: string;
  /** The report, drawn under the title: `聊城市农业农村局 · 2020 年度`. */
  subtitle: string;
  /** Drawn at the foot of the image. */
  source: string;
  messages: ChartExportMessages;
}
