import { SPACE } from '../../report/spaces.ts';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026';

const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[${SPACE}]+|[${SPACE}]+(?=[${CJK}])`, 'gu');

/**
 * Removes spaces next to Chinese characters and punctuation. Chinese text has none; PDF
 * extraction and HTML line breaks put them in (`2023 年`, `号 ， 邮 编`).
 */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_NEAR_CJK, '');
}
