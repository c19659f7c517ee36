import type { ChartExportMessages } from '../../i18n/export-messages.ts';

/** One series of a chart: a bar colour, a stack segment, a legend entry. */
export interface ChartSeries {
  key: string;
  label: string;
  /** A colour of its own (an outcome keeps its colour in every chart); else by position. */
  colour?: string;
}

/** A cell as the chart sees it: the number read from the report and the form it was printed in. */
export interface ChartValue {
  value: number | null;
  /** The form in the report, e.g. '537余万元', '增3项'. */
  printed?: string;
  /**
   * The app computed it: the report leaves the cell blank (a 总计 filled in from its row's
   * parts). Marked wherever it is shown, exported images included.
   */
  derived?: boolean;
}

/** One category: a bar group, a stack, a donut slice. */
export interface ChartDatum {
  key: string;
  label: string;
  values: Record<string, ChartValue | undefined>;
  /** Where a category is drawn in a colour (a donut slice): its own colour; else by position. */
  colour?: string;
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
  colour?: string;
  /**
   * The figure the report gives for the node, shown in its label instead of what its flows add
   * up to; a note under the chart says so when the two differ.
   */
  value?: ChartValue;
}

export interface SankeyLinkSpec {
  source: string;
  target: string;
  value: number;
  /** The flow's figure was computed by the app (see ChartValue.derived). */
  derived?: boolean;
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
