import { removeSpaces } from '../../report/spaces.ts';

// The reporting year (统计时限) and the publication date printed at the end.

const folded = (text: string): string => removeSpaces(text.normalize('NFKC'));

const PERIOD = /(\d{4})年0?1月0?1日(?:起)?(?:至|到|—|-|~|－)(\d{4})年12月31日/;

/** The year of the 统计时限 sentence ("自2023年1月1日起至2023年12月31日止"). */
export function periodYear(text: string): number | null {
  const m = PERIOD.exec(folded(text));
  return m ? Number(m[2]) : null;
}

/** The year in a title ("2020年度政府信息公开工作年度报告"). */
export function titleYear(title: string): number | null {
  const m =
    /(\d{4})年/.exec(folded(title)) ?? /([〇零一二三四五六七八九]{4})年/.exec(folded(title));
  if (!m) return null;
  const year = Number(/^\d+$/.test(m[1] as string) ? m[1] : chineseDigits(m[1] as string));
  return year >= 2000 && year <= 2100 ? year : null;
}

const DIGIT_VALUES: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const digit = (ch: string | undefined): number => (ch ? (DIGIT_VALUES[ch] ?? 0) : 0);

/** 二〇二一 → "2021". */
function chineseDigits(text: string): string {
  return [...text].map((ch) => String(digit(ch))).join('');
}

/** 一 to 三十一 as a number. */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return digit(text);
  const [tens = '', ones = ''] = text.split('十');
  return (tens === '' ? 1 : digit(tens)) * 10 + digit(ones);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A line that is only a date: "2021年1月23日" or "二〇二一年一月二十三日", as YYYY-MM-DD. */
export function dateLine(text: string): string | null {
  const line = folded(text);
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(line);
  if (arabic) return isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(
      line,
    );
  if (chinese) {
    return isoDate(
      Number(chineseDigits(chinese[1] as string)),
      chineseNumber(chinese[2] as string),
      chineseNumber(chinese[3] as string),
    );
  }
  return null;
}
