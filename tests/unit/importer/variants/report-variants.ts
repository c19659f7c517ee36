import type { RealSource } from './real-sources.ts';
import { isHtmlForm, type RenderOptions, renderTable, type TableForm } from './render-tables.ts';
import { reportTables } from './variant-tables.ts';

// A real report written again the way other agencies and converters write theirs: another
// title pattern, the name somewhere else, another name, another table encoding. Every variant
// holds the same cells, so it must import to the same cells, agency and year.

export type TitleForm =
  | 'line-above'
  | 'one-line'
  | 'year-first'
  | 'year-first-work-report'
  | 'broken'
  | 'signature-only'
  | 'page-title-only'
  | 'heading-only'
  | 'self-named';

export const titleForms: readonly TitleForm[] = [
  'line-above',
  'one-line',
  'year-first',
  'year-first-work-report',
  'broken',
  'signature-only',
  'page-title-only',
  'heading-only',
  'self-named',
];

/** Names as agencies are really called: suffixes beyond 局 and 政府, and shortened names. */
export const agencyNames: readonly string[] = [
  '苏州工业园区管理委员会',
  '横琴粤澳深度合作区',
  '平潭综合实验区',
  '合肥高新技术产业开发区',
  '南京经济技术开发区',
  '淮安市人民政府办公室',
  '东林县政务服务中心',
  '西河市农业科学研究院',
  '西河市实验学校',
  '西河市第一人民医院',
  '西河城市建设投资集团有限公司',
  '市科委',
  '区发改委',
  '县卫健委',
];

export interface Variant {
  readonly name: string;
  readonly fileName: string;
  readonly text: string;
  readonly agency: string;
  readonly year: number;
}

export interface VariantSpec {
  readonly title: TitleForm;
  readonly tables: TableForm;
  /** Another name for the agency, put wherever the report printed its own. */
  readonly agency?: string;
  /** For 'broken': where the title is broken (indexes into the one-line title). */
  readonly breaks?: readonly number[];
  readonly render?: RenderOptions;
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The one-line title a 'broken' variant breaks. */
export const oneLineTitle = (agency: string, year: number) =>
  `${agency}${year}年度政府信息公开工作年度报告`;

function titleLines(spec: VariantSpec, agency: string, year: number): string[] {
  const plain = `${year}年政府信息公开工作年度报告`;
  switch (spec.title) {
    case 'line-above':
      return [agency, plain];
    case 'one-line':
      return [oneLineTitle(agency, year)];
    case 'year-first':
      return [`${year}年${agency}政府信息公开工作年度报告`];
    case 'year-first-work-report':
      return [`${year}年度${agency}政府信息公开工作报告`];
    case 'broken': {
      const title = oneLineTitle(agency, year);
      const cuts = [...new Set(spec.breaks ?? [])]
        .filter((b) => b > 0 && b < title.length)
        .sort((a, b) => a - b);
      return [0, ...cuts].map((from, i) => title.slice(from, cuts[i] ?? title.length));
    }
    default:
      return [plain];
  }
}

export function writeVariant(source: RealSource, spec: VariantSpec): Variant {
  const agency = spec.agency ?? source.agency;
  const { year } = source;
  const rename = (line: string) => line.split(source.agency).join(agency);
  const selfNamed = spec.title === 'self-named';
  const body = (line: string) =>
    selfNamed ? line.split(source.agency).join('本机关') : rename(line);
  const preamble = [
    ...(selfNamed ? [`${agency}（以下简称本机关）按照《条例》要求编制本报告。`] : []),
    ...source.preamble.map(body),
  ];
  const expected = source.expected;
  const tables = reportTables(expected.sections, expected.template);
  const html = isHtmlForm(spec.tables);
  const markdownText = spec.tables.startsWith('markdown');
  const heading = (text: string) =>
    html ? `<h2>${escape(text)}</h2>` : markdownText ? `## ${text}` : text;
  const para = (text: string) => (html ? `<p>${escape(text)}</p>` : text);
  const render = (table: Parameters<typeof renderTable>[0]) =>
    renderTable(table, spec.tables, spec.render);
  const signature = spec.title === 'signature-only' ? [agency] : [];
  const title = titleLines(spec, agency, year);
  const lines = [
    ...title.map((t) => (html ? `<p class="title">${escape(t)}</p>` : t)),
    ...(spec.title === 'heading-only'
      ? [html ? `<h3>${escape(agency)}</h3>` : `### ${agency}`]
      : []),
    ...preamble.map(para),
    heading(source.headings.overview),
    ...source.overview.map(body).map(para),
    heading(source.headings.proactive),
    ...tables.proactive.flatMap(render),
    heading(source.headings.applications),
    ...render(tables.applications),
    heading(source.headings.appeals),
    ...render(tables.appeals),
    heading(source.headings.problems),
    ...source.problems.map(body).map(para),
    heading(source.headings.other),
    ...source.other.map(body).map(para),
    ...signature.map(para),
  ];
  const pageTitle =
    spec.title === 'page-title-only'
      ? `${agency}${year}年政府信息公开工作年度报告_政府门户网站`
      : '政府信息公开';
  const text = html
    ? [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        `<title>${escape(pageTitle)}</title></head><body>`,
        // A site's layout table around the article, as many government pages have.
        spec.tables === 'html-nested' ? '<table><tr><td>' : '<div class="article">',
        ...lines,
        spec.tables === 'html-nested' ? '</td></tr></table>' : '</div>',
        '</body></html>',
      ].join('\n')
    : lines.join('\n');
  const name = `${source.name}:${spec.title}:${spec.tables}${spec.agency ? `:${spec.agency}` : ''}`;
  // A file name that tells nothing (the id then comes from agency and year).
  const fileName = `报告.${html ? 'html' : markdownText ? 'md' : 'txt'}`;
  return { name, fileName, text, agency, year };
}
