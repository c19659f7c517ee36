import { removeSpaces } from '../../report/spaces.ts';
import type { Template } from '../../report/table-layout.ts';
import { type ImportIssue, type SourceLocation, issue } from '../import-issue.ts';
import { dateLine, periodYear, titleYear } from './read-dates.ts';
import { type Head, agencyInTitle, isAgencyLike } from './read-head.ts';
import type { Block, TextBlock } from '../source-document.ts';

// Agency, year and publication date: from the title and the line above it, the 统计时限
// sentence, and the signature and date at the end.

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

// A name printed spaced out (聊 城 市, or across lines) is the name without its spaces.
const cleanName = removeSpaces;

export function readAgencyName(
  head: Head,
  signature: Signature,
  pageTitle?: string,
): string | null {
  if (head.agencyLine) return cleanName(head.agencyLine.text);
  const title = head.titleText ?? pageTitle;
  const fromTitle = title ? agencyInTitle(title) : undefined;
  if (fromTitle) return cleanName(fromTitle);
  return signature.agency ? cleanName(signature.agency.text) : null;
}

export type YearReading =
  | { readonly year: number; readonly warnings: readonly ImportIssue[] }
  | { readonly year: null; readonly warnings: readonly ImportIssue[] };

export function readYear(
  allText: string,
  head: Head,
  publishedOn: string | undefined,
): YearReading {
  const fromPeriod = periodYear(allText);
  const fromTitle = head.titleText ? titleYear(head.titleText) : null;
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
    return { year: fromPeriod, warnings };
  }
  if (fromTitle !== null) return { year: fromTitle, warnings: [] };
  if (publishedOn) {
    const year = Number(publishedOn.slice(0, 4)) - 1;
    return {
      year,
      warnings: [
        issue(
          `没有找到统计时限，标题中也没有年份；按发布日期 ${publishedOn} 推定为 ${year} 年度报告，请核对`,
          `No reporting period was found and the title has no year; taken as the ${year} report from its date ${publishedOn}: please check`,
        ),
      ],
    };
  }
  return { year: null, warnings: [] };
}

/** When the labels don't tell the template, the year does: 2021's format from the 2021 reports. */
export function templateFromYear(year: number): Template {
  return year <= 2020 ? '2019' : '2021';
}
