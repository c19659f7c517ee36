import { isBlankText, removeSpaces } from '../../report/spaces.ts';
import type { Template } from '../../report/table-layout.ts';
import { type ImportIssue, type SourceLocation, issue } from '../import-issue.ts';
import {
  type FieldReading,
  type MetadataOverrides,
  type MetadataSource,
  sourceLabels,
} from '../report-metadata.ts';
import { dateLine, periodYear, titleYear } from './read-dates.ts';
import { type Head, isAgencyLike } from './read-head.ts';
import { isNameText, readTitle } from './read-title.ts';
import { baseName } from './report-id.ts';
import { type Block, type TextBlock, blockText } from '../source-document.ts';

// Agency, year and publication date, each from the first of its sources that has it, in the
// order docs/importer.md gives. What comes from the title, the line above it, the signature,
// the 统计时限 sentence or the date line at the end is taken as certain; anything else is a
// guess, said in a warning and marked for the user to confirm.

const TAIL_LINES = 5;

export interface Signature {
  /** The date line at the end, as YYYY-MM-DD. */
  readonly date?: { readonly iso: string; readonly block: TextBlock };
  readonly agency?: TextBlock;
  /** The blocks the signature takes, to leave out of the last section's paragraphs. */
  readonly blocks: ReadonlySet<Block>;
}

/** The agency name and date a report ends with ("聊城市农业农村局" / "2021年1月23日"). */
export function readSignature(blocks: readonly Block[]): Signature {
  const taken = new Set<Block>();
  let date: Signature['date'];
  let agency: TextBlock | undefined;
  for (const block of blocks.slice(-TAIL_LINES).reverse()) {
    if (block.kind !== 'text') break;
    const iso = dateLine(block.text);
    if (iso && !date) {
      date = { iso, block };
      taken.add(block);
    } else if (!agency && isAgencyLike(block.text)) {
      agency = block;
      taken.add(block);
    } else {
      break;
    }
  }
  return { ...(date ? { date } : {}), ...(agency ? { agency } : {}), blocks: taken };
}

/** Everything the metadata may be read from. */
export interface MetaSources {
  readonly head: Head;
  readonly signature: Signature;
  /** The page's <title>, as the HTML reader found it. */
  readonly pageTitle?: string;
  /** The text of the report, all of it (for the 统计时限 sentence). */
  readonly allText: string;
  /** The preamble and the overview: where a report that calls itself 本机关 names itself. */
  readonly opening: string;
  readonly fileName: string;
  readonly headBlocks: readonly Block[];
}

export interface Reading<T> {
  readonly field: FieldReading<T> & { readonly value: T };
  readonly warnings: readonly ImportIssue[];
}

// A name printed spaced out (聊 城 市, or across lines) is the name without its spaces.
const cleanName = removeSpaces;

const certain = <T>(value: T, source: MetadataSource) => ({ value, source, certain: true });
const guessed = <T>(value: T, source: MetadataSource) => ({ value, source, certain: false });

/** The part of a page's <title> that is the report's title ("…年度报告_某某市人民政府"). */
export function titleOfPage(pageTitle: string | undefined): string | undefined {
  if (!pageTitle) return undefined;
  const parts = [pageTitle, ...pageTitle.split(/[_|｜]|\s[-–—]+\s|——|--/)];
  return parts.find((part) => readTitle(part) !== null);
}

const NAME_RUN = '[\\p{Script=Han}（）()]{2,40}?';
const SELF_NAMED = [
  new RegExp(`(${NAME_RUN})[（(]以下简称[“"]?本(?:机关|单位|局|委|办|院|中心)[”"]?[）)]`, 'u'),
  new RegExp(`现(?:将|予|向社会)?(?:公布|发布)(${NAME_RUN})(?:(?:19|20)\\d{2}|二〇)`, 'u'),
  new RegExp(`本报告由(${NAME_RUN})(?:根据|依据|按照|依照|结合|编制|负责)`, 'u'),
];
// Words that end the text before a name ("2023年，" "根据…，由").
const BEFORE_NAME = /[年月日由在的和与对向为是及于将把，。、]/;

/** The name a report that calls itself 本机关 gives itself once. */
function nameInText(text: string): string | undefined {
  const folded = removeSpaces(text.normalize('NFKC'));
  for (const pattern of SELF_NAMED) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const run = m[1] as string;
    const cut = [...run].reduce((at, ch, i) => (BEFORE_NAME.test(ch) ? i + 1 : at), 0);
    const name = run.slice(cut);
    if (isNameText(name) && isAgencyLike(name)) return name;
  }
  return undefined;
}

/** The file's name without its folder and extensions ("某某局2023年报.pdftext.txt" → 某某局2023年报). */
export function fileStem(fileName: string): string {
  return baseName(fileName)
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .replace(/\.[A-Za-z]{1,8}$/, '');
}

function nameInFileName(fileName: string): string {
  const stem = fileStem(fileName);
  const title = readTitle(stem);
  if (title?.agency) return title.agency;
  const m = /^(\p{Script=Han}[\p{Script=Han}（）()]{1,39}?)(?:(?:19|20)\d{2}|[-_ .]|$)/u.exec(stem);
  const run = m?.[1];
  return run && isNameText(run) ? run : stem || baseName(fileName) || '?';
}

function guessWarning(what: { zh: string; en: string }, source: MetadataSource, value: string) {
  const from = sourceLabels[source];
  return issue(
    `${what.zh}“${value}”取自${from.zh}（${what.zh}的可靠来源中都没有找到），请核对或更正`,
    `${what.en} "${value}" is taken from ${from.en} (none of its reliable sources has it): please check or correct it`,
  );
}

const AGENCY = { zh: '机关名称', en: 'The agency name' };
const YEAR_WORDS = { zh: '报告年度', en: 'The reporting year' };

/**
 * The agency: the line above the title, the title, the signature (certain); then the page's
 * <title>, a name line at the top, the name the text gives itself, the file name (guesses).
 */
export function readAgency(sources: MetaSources, overrides: MetadataOverrides): Reading<string> {
  const override = overrides.agency?.trim();
  if (override) return { field: certain(override, 'override'), warnings: [] };
  const { head, signature } = sources;
  if (head.agencyLine)
    return { field: certain(cleanName(head.agencyLine.text), 'head'), warnings: [] };
  if (head.titleParts?.agency) {
    return { field: certain(cleanName(head.titleParts.agency), 'title'), warnings: [] };
  }
  if (signature.agency) {
    return { field: certain(cleanName(signature.agency.text), 'signature'), warnings: [] };
  }
  const page = titleOfPage(sources.pageTitle);
  const candidates: [MetadataSource, string | undefined][] = [
    ['page-title', page ? readTitle(page)?.agency : undefined],
    ['heading', head.nameLines[0]?.text],
    ['text', nameInText(sources.opening)],
  ];
  for (const [source, value] of candidates) {
    if (!value) continue;
    const name = cleanName(value);
    return { field: guessed(name, source), warnings: [guessWarning(AGENCY, source, name)] };
  }
  const name = nameInFileName(sources.fileName);
  return {
    field: guessed(name, 'file-name'),
    warnings: [guessWarning(AGENCY, 'file-name', name)],
  };
}

const YEAR_IN_TEXT = /((?:19|20)\d{2})年/;
const plausible = (year: number | null): year is number =>
  year !== null && year >= 2000 && year <= 2100;

/**
 * The year: the 统计时限 sentence and the title (certain); then the page's <title>, the
 * publication date, the file name and the first year the text names (guesses).
 */
export function readYear(
  sources: MetaSources,
  publishedOn: string | undefined,
  overrides: MetadataOverrides,
): Reading<number> {
  if (overrides.year !== undefined)
    return { field: certain(overrides.year, 'override'), warnings: [] };
  const { head } = sources;
  const fromPeriod = periodYear(sources.allText);
  const fromTitle = head.titleParts?.year ?? (head.titleText ? titleYear(head.titleText) : null);
  const where: SourceLocation | undefined = head.title?.location;
  if (fromPeriod !== null) {
    const warnings =
      fromTitle !== null && fromTitle !== fromPeriod
        ? [
            issue(
              `标题中的年份 ${fromTitle} 与统计时限的年份 ${fromPeriod} 不一致，采用统计时限的 ${fromPeriod}`,
              `The title's year ${fromTitle} differs from the reporting period's ${fromPeriod}; ${fromPeriod} is used`,
              where,
            ),
          ]
        : [];
    return { field: certain(fromPeriod, 'period'), warnings };
  }
  if (fromTitle !== null) return { field: certain(fromTitle, 'title'), warnings: [] };
  const page = titleOfPage(sources.pageTitle);
  const fromPage = page ? (readTitle(page)?.year ?? null) : null;
  if (plausible(fromPage)) {
    return {
      field: guessed(fromPage, 'page-title'),
      warnings: [guessWarning(YEAR_WORDS, 'page-title', String(fromPage))],
    };
  }
  if (publishedOn) {
    const year = Number(publishedOn.slice(0, 4)) - 1;
    return {
      field: guessed(year, 'published'),
      warnings: [
        issue(
          `没有找到统计时限，标题中也没有年份；按发布日期 ${publishedOn} 推定为 ${year} 年度报告，请核对`,
          `No reporting period was found and the title has no year; taken as the ${year} report from its date ${publishedOn}: please check`,
        ),
      ],
    };
  }
  const inName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(fileStem(sources.fileName));
  const fromName = inName ? Number(inName[1]) : null;
  const inText = YEAR_IN_TEXT.exec(removeSpaces(sources.opening.normalize('NFKC')));
  const fromText = inText ? Number(inText[1]) : null;
  for (const [source, year] of [
    ['file-name', fromName],
    ['text', fromText],
  ] as const) {
    if (plausible(year)) {
      return {
        field: guessed(year, source),
        warnings: [guessWarning(YEAR_WORDS, source, String(year))],
      };
    }
  }
  const year = new Date().getFullYear() - 1;
  return {
    field: guessed(year, 'none'),
    warnings: [
      issue(
        `统计时限、标题、发布日期、文件名和正文中都没有找到报告年度，暂定为 ${year}，请更正`,
        `The reporting year was found nowhere (reporting period, title, date, file name, text); ${year} is put in its place: please correct it`,
      ),
    ],
  };
}

const PUBLISHED =
  /(?:发布|成文|印发)?(?:日期|时间)[:：]((?:19|20)\d{2})[-年./](\d{1,2})[-月./](\d{1,2})/;
const pad = (n: string): string => n.padStart(2, '0');

/**
 * The publication date: the date line at the end (certain); then a "发布日期：" the page
 * prints at the top (a guess). Left out, with a warning, when there is none.
 */
export function readPublished(
  sources: MetaSources,
  overrides: MetadataOverrides,
  blocks: readonly Block[],
): { field: FieldReading<string>; warnings: readonly ImportIssue[] } {
  if (overrides.publishedOn !== undefined) {
    const value = overrides.publishedOn === '' ? null : overrides.publishedOn;
    return { field: { value, source: 'override', certain: true }, warnings: [] };
  }
  const { signature } = sources;
  if (signature.date) return { field: certain(signature.date.iso, 'signature'), warnings: [] };
  const headDate = sources.headBlocks
    .slice(0, 12)
    .flatMap((b) => (b.kind === 'text' ? [b] : []))
    .map((b) => {
      // Only a date the page labels as its own: a bare date line at the top may be the
      // start of the 统计时限 sentence, broken off by a converter.
      const m = PUBLISHED.exec(removeSpaces(b.text.normalize('NFKC')));
      return m ? `${m[1] as string}-${pad(m[2] as string)}-${pad(m[3] as string)}` : null;
    })
    .find((iso) => iso !== null);
  const last = [...blocks].reverse().find((b) => !isBlankText(blockText(b)));
  const missing = issue(
    '报告末尾没有找到发布日期，publishedOn 留空',
    'No publication date was found at the end of the report; publishedOn is left out',
    last?.location,
  );
  if (headDate) {
    return {
      field: guessed(headDate, 'heading'),
      warnings: [
        issue(
          `报告末尾没有找到发布日期，发布日期 ${headDate} 取自报告开头，请核对`,
          `No publication date was found at the end of the report; ${headDate} is taken from the top of the report: please check`,
        ),
      ],
    };
  }
  return { field: { value: null, source: 'none', certain: true }, warnings: [missing] };
}

/** When the labels don't tell the template, the year does: 2021's format from the 2021 reports. */
export function templateFromYear(year: number): Template {
  return year <= 2020 ? '2019' : '2021';
}
