import type { agencyLevels } from '../../report/table-layout.ts';

// An agency's level and region from its name (聊城市农业农村局: a city agency of 聊城市),
// with the province taken from the report's own text when the name leaves it out.

type Level = (typeof agencyLevels)[number];

const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
];
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

const UNITS: readonly (readonly [Level, RegExp])[] = [
  ['provincial', /^\p{Script=Han}{1,6}?(?:自治区|特别行政区|省)/u],
  ['city', /^\p{Script=Han}{1,6}?(?:自治州|市|州(?!市)|盟|地区)/u],
  ['county', /^\p{Script=Han}{1,7}?(?:自治县|县|区|旗)/u],
  ['township', /^\p{Script=Han}{1,6}?(?:镇|乡|街道)/u],
];
const RANK: Record<Level, number> = { national: 0, provincial: 1, city: 2, county: 3, township: 4 };

/** The administrative units a name starts with, each lower than the one before. */
function unitsOf(name: string): { level: Level; text: string }[] {
  const units: { level: Level; text: string }[] = [];
  let rest = name;
  for (;;) {
    const below =
      units.length === 0 ? -1 : RANK[(units[units.length - 1] as { level: Level }).level];
    const next = UNITS.map(([level, pattern]) => ({ level, m: pattern.exec(rest) })).find(
      ({ level, m }) => m !== null && RANK[level] > below,
    );
    if (!next?.m) return units;
    const text = next.m[0];
    const level = MUNICIPALITIES.has(text) ? 'provincial' : next.level;
    units.push({ level, text });
    rest = rest.slice(text.length);
  }
}

export function agencyLevel(name: string): Level | undefined {
  if (/^(?:国务院|中华人民共和国|国家)/.test(name) || /^\p{Script=Han}{1,8}部$/u.test(name)) {
    return 'national';
  }
  return unitsOf(name).at(-1)?.level;
}

// Characters that end a place name when reading backwards from 市: function words and the
// ends of other units ("本报告由淮安市洪泽区" gives 淮安市, not 报告由淮安市).
const NOT_IN_NAME = /[由在的和与对向为是及于请至从把被将等了年月日号路省市区县州]/;

/** The city a county-level name sits in, as the text writes it ("淮安市洪泽区"). */
function cityBefore(county: string, text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(`(\\p{Script=Han}{1,8})(市|州|盟)${county}`, 'gu'))) {
    const run = m[1] as string;
    const cut = [...run].reduce((at, ch, i) => (NOT_IN_NAME.test(ch) ? i + 1 : at), 0);
    const name = run.slice(cut).slice(-4);
    if (name.length >= 2) return `${name}${m[2] as string}`;
  }
  return undefined;
}

/**
 * The region the agency serves: the units of its name, completed from the report's text
 * (淮安市洪泽区 where the name says 洪泽区) and prefixed with the province the preamble
 * names (山东省, from 《山东省政府信息公开办法》) when the name has none.
 */
export function agencyRegion(name: string, text: string, preamble: string): string | undefined {
  const units = unitsOf(name);
  if (units.length === 0) return undefined;
  let region = units.map((u) => u.text).join('');
  const first = units[0] as { level: Level; text: string };
  if (first.level === 'county') {
    const city = cityBefore(first.text, text);
    if (city) region = `${city}${region}`;
  }
  if (!PROVINCES.some((p) => region.startsWith(p))) {
    const named = new Set(PROVINCES.filter((p) => preamble.includes(p)));
    if (named.size === 1) region = `${[...named][0]}${region}`;
  }
  return region;
}
