import { SPACE, trimSpaces } from '../../report/spaces.ts';
import { foldLabel } from './fold-label.ts';
import { paragraphsOf } from './paragraphs.ts';
import { type TitleParts, readTitle } from './read-title.ts';
import { removeCjkSpaces } from './remove-cjk-spaces.ts';
import type { Block, TextBlock } from '../source-document.ts';

// What comes before section 一: the agency's name, the title, and the preamble (legal
// basis, reporting period, contact), all printed in the report. The title may be broken over
// two or three lines, anywhere (a PDF's narrow title box, a converter's line breaks).

const TITLE = /(?:报告|年报)$|年度报告|工作报告/;
const YEAR = new RegExp(`(?:\\d{4}|[〇零一二三四五六七八九]{4})[${SPACE}]*年`);

const AGENCY_END =
  /(?:政府|局|委员会|委|办公室|办|厅|部|院|署|中心|所|处|站|馆|会|队|公司|街道|镇|乡|集团|社|室|行|区|校|园|台|库|场)$/;

/** A short line that can be a name: no sentence punctuation, not the title. */
export function isAgencyLike(text: string): boolean {
  const folded = foldLabel(text);
  return (
    folded.length >= 2 &&
    folded.length <= 30 &&
    !/[,，。;；:：!！?？()（）《》>|]/.test(folded) &&
    !/报告|\d|网站|门户|首页|栏目|专栏/.test(folded) &&
    AGENCY_END.test(folded)
  );
}

export interface Head {
  readonly title?: TextBlock;
  readonly titleText?: string;
  /** What the title's grammar says: the agency it names, its year. */
  readonly titleParts?: TitleParts;
  /** The agency's name as printed on its own line above the title. */
  readonly agencyLine?: TextBlock;
  /** Other lines of the head that read as a name (a heading, the line under the title). */
  readonly nameLines: readonly TextBlock[];
  readonly preamble: readonly string[];
}

const HEAD_LINES_FOR_TITLE = 10;
const MAX_TITLE_LINES = 3;

const blockLine = (b: Block | undefined): string => (b?.kind === 'text' ? b.text : '');

/** A line that can be part of a title: short, not a sentence's end. */
const titleLine = (b: Block | undefined): b is TextBlock =>
  b?.kind === 'text' && foldLabel(b.text).length <= 60 && !/[。；;：:，,]$/.test(b.text);

// Site furniture and column names above a page's title are not the start of a name.
const NOT_A_NAME =
  /网站|门户|首页|栏目|专栏|网$|公开|内容|目录|年度报告|公告|通知|正文|详情|来源|浏览|打印|关闭|字体|分享|当前位置/;

/**
 * A line that can be the start of a name the title's line finishes: Han only, short, not a
 * site's furniture. The line above a title that starts with a name is the name's start even
 * when it looks complete (淮安市人民政府办 / 公室2023年…): a title does not follow a name.
 */
function isNameStart(text: string): boolean {
  const folded = foldLabel(text);
  return (
    folded.length <= 20 && /^[\p{Script=Han}（）()]+$/u.test(folded) && !NOT_A_NAME.test(folded)
  );
}

interface Window {
  readonly from: number;
  readonly to: number;
  readonly parts: TitleParts;
}

function parseWindow(lines: readonly Block[], from: number, to: number): TitleParts | null {
  const blocks = lines.slice(from, to + 1);
  if (from < 0 || !blocks.every(titleLine)) return null;
  return readTitle(blocks.map((b) => b.text).join(''));
}

/** The lines a title ending at line `to` takes, by its grammar. */
function titleWindow(lines: readonly Block[], to: number): Window | null {
  const parsed = Array.from({ length: MAX_TITLE_LINES }, (_, w) => parseWindow(lines, to - w, to));
  const full = (p: TitleParts | null) => p?.agency !== undefined && p.year !== undefined;
  let w = parsed.findIndex(full);
  // Broken inside the name ("苏州工" / "业园区管理委员会2023年…"): take the name's start too.
  while (w >= 0 && w + 1 < MAX_TITLE_LINES && full(parsed[w + 1] ?? null)) {
    const above = lines[to - w - 1];
    if (!titleLine(above) || !isNameStart(above.text)) break;
    w += 1;
  }
  if (w < 0) w = parsed.findIndex((p) => p !== null);
  if (w < 0) return null;
  let from = to - w;
  let parts = parsed[w] as TitleParts;
  // "洪泽区人民政府" / "2023年政府信息公开…": the name on its own line, the title below it.
  if (w > 0 && isAgencyLike(blockLine(lines[from]))) {
    const rest = parseWindow(lines, from + 1, to);
    if (rest && rest.agency === undefined && rest.year !== undefined) {
      from += 1;
      parts = rest;
    }
  }
  return { from, to, parts };
}

function fallbackTitle(lines: readonly Block[]): number {
  const isTitle = (b: Block) =>
    b.kind === 'text' && foldLabel(b.text).length <= 60 && TITLE.test(foldLabel(b.text));
  // A title names its year; a line such as a breadcrumb (首页 > 年度报告) does not.
  const withYear = lines.findIndex(
    (b, i) => isTitle(b) && (YEAR.test(blockLine(b)) || YEAR.test(blockLine(lines[i - 1]))),
  );
  return withYear >= 0 ? withYear : lines.findIndex(isTitle);
}

function findTitle(head: readonly Block[]): Window | null {
  const lines = head.slice(0, HEAD_LINES_FOR_TITLE);
  for (let to = 0; to < lines.length; to++) {
    const block = lines[to];
    // Any line may end a title broken over lines ("…年度报" / "告"): the grammar decides.
    if (block?.kind !== 'text' || !/[告报]$/.test(foldLabel(block.text))) continue;
    const window = titleWindow(lines, to);
    if (window) return window;
  }
  const at = fallbackTitle(lines);
  if (at < 0) return null;
  // A title wrapped over two lines: the first holds the year ("…2024年政府信息公开工作").
  const before = head[at - 1];
  const from =
    before?.kind === 'text' && YEAR.test(before.text) && !/[。，；]$/.test(before.text)
      ? at - 1
      : at;
  return { from, to: at, parts: {} };
}

const nameLinesOf = (blocks: readonly Block[]): TextBlock[] =>
  blocks.filter((b): b is TextBlock => b.kind === 'text' && isAgencyLike(b.text));

export function readHead(head: readonly Block[], wrapped: boolean, width: number): Head {
  const found = findTitle(head);
  if (!found) {
    const first = head[0];
    const agencyLine = first?.kind === 'text' && isAgencyLike(first.text) ? first : undefined;
    const rest = agencyLine ? head.slice(1) : head;
    return {
      ...(agencyLine ? { agencyLine } : {}),
      nameLines: nameLinesOf(head.slice(0, HEAD_LINES_FOR_TITLE)),
      preamble: paragraphsOf(rest, wrapped, width),
    };
  }
  const { from, to, parts } = found;
  const title = head[to] as TextBlock;
  const titleText = head
    .slice(from, to + 1)
    .map(blockLine)
    .join('');
  const agencyBlock = head
    .slice(0, from)
    .reverse()
    .find((b): b is TextBlock => b.kind === 'text' && isAgencyLike(b.text));
  const cleanTitle = trimSpaces(wrapped ? removeCjkSpaces(titleText) : titleText);
  const around = [...head.slice(0, from), ...head.slice(to + 1, to + 3)];
  return {
    title,
    titleText: cleanTitle,
    titleParts: parts,
    ...(agencyBlock ? { agencyLine: agencyBlock } : {}),
    nameLines: nameLinesOf(around),
    preamble: paragraphsOf(head.slice(to + 1), wrapped, width),
  };
}

/** The agency named at the start of a title ("聊城市农业农村局2020年…"), if any. */
export function agencyInTitle(title: string): string | undefined {
  const parts = readTitle(title);
  if (parts?.agency) return parts.agency;
  const m = new RegExp(`^(.+?)${YEAR.source}`).exec(title);
  const prefix = m ? trimSpaces(m[1] as string) : '';
  return isAgencyLike(prefix) ? prefix : undefined;
}
