import type { ReportFile } from '../report/report-schema.ts';
import {
  appealColumns,
  appealGroups,
  applicantPartKeys,
  deniedReasons,
  notProcessedReasons,
  otherHandlingReasons,
  unavailableReasons,
} from '../report/table-layout.ts';

// Synthetic reports for measuring and testing at scale: reproducible from a seed, shaped like
// the real ones (most agencies small, a few large; blanks; both templates; a few of the errors
// real reports make). Every one says `synthetic: true` in its data, and its agency names are
// made up. They are never shipped as real data (a unit test keeps them out of public/data).

/** mulberry32: small, fast and the same on every machine for the same seed. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const provinces = ['江东省', '河西省', '岭南省', '云中省', '海陵省', '北川省'];
const cities = ['临江市', '青山市', '白水市', '安平市', '东湖市', '南岭市', '石门市', '清河市'];
const counties = ['新安县', '长宁县', '平川区', '丰乐县', '永和区', '桃源县', '西峰区', '兴隆县'];
const departments = [
  '人民政府',
  '人民政府办公室',
  '发展和改革委员会',
  '教育局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '卫生健康委员会',
  '市场监督管理局',
  '应急管理局',
  '医疗保障局',
];
const towns = ['城关镇', '河口镇', '高桥乡', '石桥街道', '新华街道', '柳林镇'];

const FIRST_YEAR = 2019;
const LAST_YEAR = 2024;

interface Agency {
  readonly index: number;
  readonly name: string;
  readonly region: string;
  readonly level: 'provincial' | 'city' | 'county' | 'township';
  /** Typical applications a year: most agencies get a handful, a few get thousands. */
  readonly scale: number;
  readonly firstYear: number;
}

function makeAgency(index: number, random: () => number): Agency {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const province = pick(provinces);
  const city = pick(cities);
  const county = pick(counties);
  const department = pick(departments);
  const roll = random();
  const level =
    roll < 0.04 ? 'provincial' : roll < 0.25 ? 'city' : roll < 0.85 ? 'county' : 'township';
  const place =
    level === 'provincial'
      ? province
      : level === 'city'
        ? `${city}`
        : level === 'county'
          ? `${city}${county}`
          : `${county}${pick(towns)}`;
  const name = level === 'township' ? `${place}人民政府` : `${place}${department}`;
  const region =
    level === 'provincial'
      ? province
      : level === 'city'
        ? `${province}${city}`
        : `${province}${city}${county}`;
  // Log-normal: a median of about 6 applications, one agency in 30 with hundreds or more.
  const normal = Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const large = random() < 0.03 ? 40 : 1;
  const scale = Math.max(0, Math.round(Math.exp(1.8 + 1.3 * normal) * large));
  // Agencies are told apart by a number in the name: the same place and department twice is
  // one agency to the checks across years (agencyKey), which is not what is meant.
  return {
    index,
    name: `${name}（合成${index + 1}）`,
    region,
    level,
    scale,
    firstYear: FIRST_YEAR + Math.floor(random() * 3),
  };
}

type Row = Record<string, number | string | null>;
/** A count for each of the six applicant kinds, in table order. */
type Parts = number[];

const APPLICANT_WEIGHTS = [0.72, 0.14, 0.02, 0.02, 0.05, 0.05];

/** `n` split over weights, the remainder to the first part. */
function split(n: number, weights: readonly number[], random: () => number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((n * w * (0.5 + random())) / sum));
  let used = parts.reduce((a, b) => a + b, 0);
  while (used > n) {
    const i = parts.findIndex((p) => p > 0);
    parts[i] = (parts[i] ?? 0) - 1;
    used -= 1;
  }
  parts[0] = (parts[0] ?? 0) + (n - used);
  return parts;
}

const sum = (parts: Parts) => parts.reduce((a, b) => a + b, 0);

/** A row of table 三: the six kinds and their 总计. */
function rowOf(parts: Parts): Row {
  const row: Row = {};
  applicantPartKeys.forEach((key, i) => (row[key] = parts[i] ?? 0));
  row.total = sum(parts);
  return row;
}

/** Each kind's count split over `count` parts by weight: one Parts per part. */
function splitParts(parts: Parts, weights: readonly number[], random: () => number): Parts[] {
  const byKind = parts.map((n) => split(n, weights, random));
  return weights.map((_, i) => byKind.map((kind) => kind[i] ?? 0));
}

function reasons(labels: readonly { key: string }[], parts: Parts, random: () => number) {
  const split = splitParts(
    parts,
    labels.map((_, i) => 1 / (i + 1)),
    random,
  );
  return Object.fromEntries(labels.map((l, i) => [l.key, rowOf(split[i] ?? [])]));
}

function appeals(scale: number, random: () => number) {
  return Object.fromEntries(
    appealGroups.map((group) => {
      const total = random() < 0.6 ? 0 : Math.round(random() * Math.max(1, scale / 30));
      const [upheld = 0, corrected = 0, other = 0, pending = 0] = split(
        total,
        [6, 1, 1, 1],
        random,
      );
      const row: Row = { upheld, corrected, other, pending, total };
      return [group.key, Object.fromEntries(appealColumns.map((c) => [c.key, row[c.key] ?? 0]))];
    }),
  );
}

function proactive(template: '2019' | '2021', scale: number, random: () => number) {
  const n = (max: number) => Math.round(random() * max);
  if (template === '2019') {
    const items = () => ({ previousYearItems: n(40), change: n(6) - 3, decisions: n(scale * 20) });
    return {
      rules: { newlyMade: 0, newlyPublished: 0, totalPublished: n(3) },
      normativeDocuments: { newlyMade: n(8), newlyPublished: n(8), totalPublished: n(60) },
      licensing: items(),
      otherServices: items(),
      penalties: items(),
      coercion: items(),
      fees: { previousYearItems: n(5), change: 0 },
      procurement: { projects: n(12), amount: Math.round(random() * 50000) / 10 },
    };
  }
  // Fees as printed: mostly a number of 万元, now and then "537余万元" or a blank.
  const fee = random();
  const amount =
    fee < 0.03 ? `${n(900)}余万元` : fee < 0.1 ? null : Math.round(random() * 20000) / 100;
  return {
    rules: { issued: 0, repealed: 0, inForce: n(3) },
    normativeDocuments: { issued: n(10), repealed: n(3), inForce: n(80) },
    licensing: { decisions: n(scale * 30) },
    penalties: { decisions: n(scale * 5) },
    coercion: { decisions: n(scale) },
    fees: { amount },
  };
}

function report(agency: Agency, year: number, carriedOver: Parts, random: () => number) {
  const template = year >= 2021 ? ('2021' as const) : ('2019' as const);
  const received = split(
    Math.max(0, Math.round(agency.scale * (0.6 + 0.8 * random()))),
    APPLICANT_WEIGHTS,
    random,
  );
  const handled = received.map((n, i) => n + (carriedOver[i] ?? 0));
  const carriedForward = handled.map((n) => Math.round(n * random() * 0.08));
  const done = handled.map((n, i) => n - (carriedForward[i] ?? 0));
  const [granted = [], partly = [], denied = [], unavailable = [], notProcessed = [], other = []] =
    splitParts(done, [50, 12, 6, 20, 6, 6], random);
  const otherHandling =
    template === '2021' && random() < 0.7
      ? reasons(otherHandlingReasons, other, random)
      : rowOf(other);
  const applications = {
    received: rowOf(received),
    carriedOver: rowOf(carriedOver),
    results: {
      granted: rowOf(granted),
      partiallyGranted: rowOf(partly),
      denied: reasons(deniedReasons, denied, random),
      unavailable: reasons(unavailableReasons, unavailable, random),
      notProcessed: reasons(notProcessedReasons, notProcessed, random),
      otherHandling,
      total: rowOf(done),
    },
    carriedForward: rowOf(carriedForward),
  };
  const roll = random();
  // The errors real reports make: a 总计 that is not the sum of its row, a total of results
  // that does not add up, a word where a number belongs, a small agency's empty table.
  if (roll < 0.02) applications.received.total = sum(received) + 1 + Math.floor(random() * 5);
  else if (roll < 0.035) applications.results.total.total = sum(done) + 2;
  else if (roll < 0.045) applications.results.granted.person = '无';
  else if (roll < 0.08 && agency.scale < 5) {
    for (const key of applicantPartKeys) applications.carriedOver[key] = null;
  }
  const file = {
    schemaVersion: 1 as const,
    id: `synthetic-${agency.index + 1}-${year}`,
    synthetic: true as const,
    agency: { name: agency.name, region: agency.region, level: agency.level },
    year,
    template,
    publishedOn: `${year + 1}-01-${String(10 + Math.floor(random() * 20)).padStart(2, '0')}`,
    title: `${agency.name}${year}年政府信息公开工作年度报告`,
    sections: {
      overview: {
        paragraphs: [
          `${year}年，${agency.name}认真贯彻落实《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请${sum(received)}件。`,
        ],
      },
      proactive: proactive(template, agency.scale, random),
      applications,
      appeals: appeals(agency.scale, random),
      problems: { paragraphs: ['（合成数据，仅供测试。）'] },
      other: { paragraphs: ['本年度未收取信息处理费。'] },
    },
  };
  return { file: file as unknown as ReportFile, carriedForward };
}

/**
 * `count` synthetic reports from `seed`: agencies one after another, each with its years
 * from a start year to 2024 (a year skipped now and then), in agency and year order.
 */
export function* syntheticReports(count: number, seed: number): Generator<ReportFile> {
  const random = randomSource(seed);
  let made = 0;
  for (let index = 0; made < count; index += 1) {
    const agency = makeAgency(index, random);
    let carriedOver = split(Math.round(agency.scale * 0.05), APPLICANT_WEIGHTS, random);
    for (let year = agency.firstYear; year <= LAST_YEAR && made < count; year += 1) {
      if (random() < 0.05) continue;
      const { file, carriedForward } = report(agency, year, carriedOver, random);
      // Usually what was carried forward arrives as next year's carried over; not always.
      carriedOver =
        random() < 0.9 ? carriedForward : carriedForward.map((n, i) => (i === 0 ? n + 1 : n));
      made += 1;
      yield file;
    }
  }
}

/** A synthetic report file's text as `gen:synthetic` writes it. */
export const syntheticFileText = (file: ReportFile): string => `${JSON.stringify(file)}\n`;
