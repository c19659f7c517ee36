import { removeSpaces } from '../../report/spaces.ts';
import { titleYear } from './read-dates.ts';

// The grammar of a report's title, as agencies print it: the agency's name before the year
// (聊城市农业农村局2020年度政府信息公开工作年度报告) or after it (2023年某某市人民政府办公室政府
// 信息公开工作年度报告), or not at all; 年 or 年度; 政府信息公开 (or 政务公开, or the seed's
// 政府信息工作) and 年度报告, 工作报告 or 年报.

const YEAR = '(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4}';
const END = '(?:政府信息|政务信息|政府|政务|信息)(?:公开)?(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)';
const WITH_YEAR = new RegExp(`^(.*?)(${YEAR})年度?(.*?)${END}$`);
const WITHOUT_YEAR = new RegExp(`^(.*?)${END}$`);

// Words that can end a name but never make one alone (a title broken after the name's start).
const BARE = /^(?:人民)?(?:政府|办公室|委员会|办|局|委|中心|厅|部|院|所|站|处|区|公司)$/;
// Characters no name holds: sentence punctuation, quotes, page furniture.
const NOT_NAME = /[,，。;；:：!！?？《》<>>|/\\“”"'【】[\]{}=+*#@&%$~`^]/;

export interface TitleParts {
  /** The agency the title names (spaces removed), if it names one. */
  readonly agency?: string;
  readonly year?: number;
}

/** A run of text that can be an agency's name as a title prints it. */
export function isNameText(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 40 &&
    /^\p{Script=Han}/u.test(text) &&
    !NOT_NAME.test(text) &&
    !/\d{3,}/.test(text) &&
    !BARE.test(text) &&
    !/(?:报告|年报)/.test(text)
  );
}

/** 某某市人民 + 政府信息公开…: the 政府 the grammar took for the title's own words. */
const completeName = (name: string): string => (/人民$/.test(name) ? `${name}政府` : name);

const stripAbout = (name: string): string => name.replace(/(?:关于|的)$/, '');

/** The parts of a title, or null when the text is not a report's title. */
export function readTitle(text: string): TitleParts | null {
  const folded = removeSpaces(text.normalize('NFKC'));
  if (folded.length > 80) return null;
  const withYear = WITH_YEAR.exec(folded);
  if (withYear) {
    const before = stripAbout(withYear[1] as string);
    const after = completeName(stripAbout(withYear[3] as string));
    if (before !== '' && !isNameText(before)) return null;
    if (after !== '' && !isNameText(after)) return null;
    const year = titleYear(`${withYear[2] as string}年`);
    const agency = before || after;
    return { ...(agency ? { agency } : {}), ...(year ? { year } : {}) };
  }
  const plain = WITHOUT_YEAR.exec(folded);
  if (!plain) return null;
  const name = completeName(stripAbout(plain[1] as string));
  if (name !== '' && !isNameText(name)) return null;
  return name ? { agency: name } : {};
}
