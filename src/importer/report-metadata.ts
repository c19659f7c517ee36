import type { Label } from '../report/label.ts';
import type { Template } from '../report/table-layout.ts';

// What the importer read about a report (agency, year, template, publication date), where
// each came from and whether it is sure: the Import page shows these as fields to confirm or
// correct, and a correction goes back through the importer as an override.

/** Where a field's value was read, in the order the importer tries them (docs/importer.md). */
export type MetadataSource =
  | 'override'
  | 'file'
  | 'head'
  | 'title'
  | 'signature'
  | 'page-title'
  | 'heading'
  | 'text'
  | 'period'
  | 'labels'
  | 'structure'
  | 'published'
  | 'file-name'
  | 'year'
  | 'none';

export interface FieldReading<T> {
  /** The value taken; null only for a publication date that was nowhere to be found. */
  readonly value: T | null;
  readonly source: MetadataSource;
  /** False when the value is a guess the user should confirm or correct. */
  readonly certain: boolean;
}

export interface ReportMetadata {
  readonly agency: FieldReading<string>;
  readonly year: FieldReading<number>;
  readonly template: FieldReading<Template>;
  readonly publishedOn: FieldReading<string>;
}

export type MetadataField = keyof ReportMetadata;
export const metadataFields = ['agency', 'year', 'template', 'publishedOn'] as const;

/** Values given by the user (the Import page's fields, the command line's options). */
export interface MetadataOverrides {
  readonly agency?: string;
  readonly year?: number;
  readonly template?: Template;
  /** YYYY-MM-DD, or '' to leave the date out. */
  readonly publishedOn?: string;
}

/** The words for each source, for warnings and for the Import page's marks. */
export const sourceLabels: Record<MetadataSource, Label> = {
  override: { zh: '用户填写', en: 'entered by the user' },
  file: { zh: '文件中的数据', en: 'the data file' },
  head: { zh: '标题上方的一行', en: 'the line above the title' },
  title: { zh: '标题', en: 'the title' },
  signature: { zh: '文末署名', en: 'the signature at the end' },
  'page-title': { zh: '网页标题', en: "the page's <title>" },
  heading: { zh: '开头的标题行', en: 'a heading at the top' },
  text: { zh: '正文', en: 'the text' },
  period: { zh: '统计时限', en: 'the reporting period (统计时限)' },
  labels: { zh: '表格的行列标签', en: "the tables' labels" },
  structure: { zh: '表格的行列结构', en: "the tables' row structure" },
  published: { zh: '发布日期', en: 'the publication date' },
  'file-name': { zh: '文件名', en: 'the file name' },
  year: { zh: '报告年度', en: 'the reporting year' },
  none: { zh: '无从判断', en: 'nowhere' },
};

/** Every field as certain as the data file it came from (a JSON file in the data format). */
export function metadataOfFile(file: unknown): ReportMetadata | undefined {
  const f = file as {
    agency?: { name?: unknown };
    year?: unknown;
    template?: unknown;
    publishedOn?: unknown;
  } | null;
  if (typeof f !== 'object' || f === null) return undefined;
  const name = typeof f.agency?.name === 'string' ? f.agency.name : null;
  const year = typeof f.year === 'number' ? f.year : null;
  const template = f.template === '2019' || f.template === '2021' ? f.template : null;
  const publishedOn = typeof f.publishedOn === 'string' ? f.publishedOn : null;
  if (name === null || year === null || template === null) return undefined;
  const read = <T>(value: T | null): FieldReading<T> => ({ value, source: 'file', certain: true });
  return {
    agency: read(name),
    year: read(year),
    template: read(template),
    publishedOn: read(publishedOn),
  };
}

/** True when some field is a guess still to be confirmed. */
export const hasGuesses = (metadata: ReportMetadata): boolean =>
  metadataFields.some((field) => !metadata[field].certain);
