import { SPACE, trimSpaces } from '../../report/spaces.ts';
import { foldLabel } from './fold-label.ts';
import { paragraphsOf } from './paragraphs.ts';
import { removeCjkSpaces } from './remove-cjk-spaces.ts';
import type { Block, TextBlock } from '../source-document.ts';

// What comes before section 一: the agency's name, the title, and the preamble (legal
// basis, reporting period, contact), all printed in the report.

const TITLE = /(?:报告|年报)$|年度报告|工作报告/;
const YEAR = new RegExp(`(?:\\d{4}|[〇零一二三四五六七八九]{4})[${SPACE}]*年`);

const AGENCY_END =
  /(?:政府|局|委员会|委|办公室|办|厅|部|院|署|中心|所|处|站|馆|会|队|公司|街道|镇|乡|集团|社|室|行)$/;

/** A short line that can be a name: no sentence punctuation, not the title. */
export function isAgencyLike(text: string): boolean {
  const folded = foldLabel(text);
  return (
    folded.length >= 2 &&
    folded.length <= 30 &&
    !/[,，。;；:：!！?？()（）《》]/.test(folded) &&
    !/报告|\d/.test(folded) &&
    AGENCY_END.test(folded)
  );
}

export interface Head {
  readonly title?: TextBlock;
  readonly titleText?: string;
  /** The agency's name as printed on its own line above the title. */
  readonly agencyLine?: TextBlock;
  readonly preamble: readonly string[];
}

const HEAD_LINES_FOR_TITLE = 8;

const blockLine = (b: Block | undefined): string => (b?.kind === 'text' ? b.text : '');

export function readHead(head: readonly Block[], wrapped: boolean, width: number): Head {
  const lines = head.slice(0, HEAD_LINES_FOR_TITLE);
  const isTitle = (b: Block) =>
    b.kind === 'text' && foldLabel(b.text).length <= 60 && TITLE.test(foldLabel(b.text));
  // A title names its year; a line such as a breadcrumb (首页 > 年度报告) does not.
  const withYear = lines.findIndex(
    (b, i) => isTitle(b) && (YEAR.test(blockLine(b)) || YEAR.test(blockLine(lines[i - 1]))),
  );
  const titleAt = withYear >= 0 ? withYear : lines.findIndex(isTitle);
  if (titleAt < 0) {
    const first = head[0];
    const agencyLine = first?.kind === 'text' && isAgencyLike(first.text) ? first : undefined;
    const rest = agencyLine ? head.slice(1) : head;
    return { ...(agencyLine ? { agencyLine } : {}), preamble: paragraphsOf(rest, wrapped, width) };
  }
  const title = head[titleAt] as TextBlock;
  let titleText = title.text;
  let start = titleAt;
  // A title wrapped over two lines: the first holds the year ("…2024年政府信息公开工作").
  const before = head[titleAt - 1];
  if (before?.kind === 'text' && YEAR.test(before.text) && !/[。，；]$/.test(before.text)) {
    titleText = before.text + titleText;
    start = titleAt - 1;
  }
  const agencyBlock = head
    .slice(0, start)
    .reverse()
    .find((b): b is TextBlock => b.kind === 'text' && isAgencyLike(b.text));
  const cleanTitle = trimSpaces(wrapped ? removeCjkSpaces(titleText) : titleText);
  return {
    title,
    titleText: cleanTitle,
    ...(agencyBlock ? { agencyLine: agencyBlock } : {}),
    preamble: paragraphsOf(head.slice(titleAt + 1), wrapped, width),
  };
}

/** The agency named at the start of a title ("聊城市农业农村局2020年…"), if any. */
export function agencyInTitle(title: string): string | undefined {
  const m = new RegExp(`^(.+?)${YEAR.source}`).exec(title);
  const prefix = m ? trimSpaces(m[1] as string) : '';
  return isAgencyLike(prefix) ? prefix : undefined;
}
