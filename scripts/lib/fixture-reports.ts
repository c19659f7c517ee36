import type { RawCell } from '../../src/report/cell.ts';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { applicantKeys, appealColumns, appealGroups } from '../../src/report/table-layout.ts';
import type { Fixture, FixtureBlock } from './fixture-model.ts';
import { appealsTable, applicationsTable, proactiveTable } from './fixture-tables.ts';

// Two made-up reports, one per template, with every kind of cell real reports print. Their
// report files are what the importer must give back from the HTML and the .docx.

type Row = Record<string, RawCell>;

/** A row of distinct counts whose 总计 is the sum of the six (so a shifted cell shows). */
function counts(base: number, blanks: readonly string[] = []): Row {
  const row: Row = {};
  let total = 0;
  applicantKeys.forEach((key, i) => {
    if (key === 'total') return;
    const n = base + i;
    row[key] = blanks.includes(key) ? null : n;
    total += blanks.includes(key) ? 0 : n;
  });
  row.total = total;
  return row;
}

const sparse = (person: RawCell, total: RawCell): Row =>
  Object.fromEntries(
    applicantKeys.map((k) => [k, k === 'person' ? person : k === 'total' ? total : null]),
  );

function applications(single: boolean, sparseRows: boolean) {
  let base = 10;
  const next = () => {
    base += 10;
    return sparseRows
      ? sparse(base === 20 ? '１２' : base, base % 30 === 0 ? null : base)
      : counts(base, base === 60 ? ['research'] : []);
  };
  const reasons = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, next()]));
  return {
    received: next(),
    carriedOver: next(),
    results: {
      granted: next(),
      partiallyGranted: next(),
      denied: reasons([
        'stateSecret',
        'lawProhibited',
        'safetyStability',
        'thirdPartyRights',
        'internalAffairs',
        'processInformation',
        'enforcementFiles',
        'administrativeQuery',
      ]),
      unavailable: reasons(['notHeld', 'needsCreation', 'unclear']),
      notProcessed: reasons(['complaint', 'duplicate', 'publication', 'excessive', 'confirmation']),
      otherHandling: single ? next() : reasons(['noCorrection', 'noFee', 'other']),
      total: next(),
    },
    carriedForward: next(),
  };
}

function appeals(values: readonly RawCell[]) {
  return Object.fromEntries(
    appealGroups.map((g, gi) => [
      g.key,
      Object.fromEntries(appealColumns.map((c, ci) => [c.key, values[gi * 5 + ci] ?? null])),
    ]),
  ) as Record<string, Row>;
}

interface Text {
  agency: string;
  title: string;
  preamble: string[];
  headings: string[];
  overview: string[];
  problems: string[];
  other: string[];
  signature: string[];
}

function blocksOf(text: Text, tables: FixtureBlock[][]): FixtureBlock[] {
  const p = (t: string): FixtureBlock => ({ kind: 'p', text: t });
  const h = (t: string): FixtureBlock => ({ kind: 'p', text: t, style: 'heading' });
  const [one, two, three, four, five, six] = text.headings as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return [
    { kind: 'p', text: text.agency, style: 'title' },
    { kind: 'p', text: text.title, style: 'title' },
    ...text.preamble.map(p),
    h(one),
    ...text.overview.map(p),
    h(two),
    ...(tables[0] ?? []),
    h(three),
    ...(tables[1] ?? []),
    h(four),
    ...(tables[2] ?? []),
    h(five),
    ...text.problems.map(p),
    h(six),
    ...text.other.map(p),
    ...text.signature.map((t): FixtureBlock => ({ kind: 'p', text: t, style: 'right' })),
  ];
}

const table = (rows: ReturnType<typeof proactiveTable>): FixtureBlock[] => [
  { kind: 'table', rows },
];

const county: Text = {
  agency: '东林县人民政府',
  title: '2022年政府信息公开工作年度报告',
  preamble: [
    '本报告由东林县人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与东林县人民政府办公室联系（电话：0000-12345678）。',
  ],
  headings: [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ],
  overview: [
    '2022年，东林县人民政府坚持以公开为常态、不公开为例外，推进政府信息公开工作。',
    '（一）主动公开情况。全年主动公开政府信息1136条。',
    '（二）依申请公开情况。全年受理政府信息公开申请件数见下表。',
  ],
  problems: ['一是公开内容还不够全面；二是解读形式还不够丰富。下一步将加强培训。'],
  other: ['本年度未收取信息处理费。'],
  signature: ['东林县人民政府', '2022年1月28日'],
};

const bureau: Text = {
  agency: '西河市教育局',
  title: '2020年政府信息公开工作年度报告',
  preamble: [
    '根据《中华人民共和国政府信息公开条例》和《江西省政府信息公开规定》要求，现公布西河市教育局2020年度政府信息公开工作年度报告。',
    '本报告中所列数据的统计时限为2020年1月1日至2020年12月31日。',
  ],
  headings: [
    '一、总体情况',
    '二、行政机关主动公开政府信息情况',
    '三、行政机关收到和处理政府信息公开申请情况',
    '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '五、政府信息公开工作存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ],
  overview: ['2020年，西河市教育局认真贯彻落实《条例》，政府信息公开工作有序开展。'],
  problems: ['公开的及时性还需提高。'],
  other: ['无。'],
  signature: ['西河市教育局', '二〇二一年一月二十六日'],
};

function reportOf(
  id: string,
  text: Text,
  rest: Pick<ReportFile, 'agency' | 'year' | 'template' | 'publishedOn'>,
  sections: Record<string, unknown>,
): ReportFile {
  return {
    schemaVersion: 1,
    id,
    ...rest,
    title: text.title,
    preamble: { paragraphs: text.preamble },
    sections: {
      overview: { paragraphs: text.overview },
      ...sections,
      problems: { paragraphs: text.problems },
      other: { paragraphs: text.other },
    },
  } as ReportFile;
}

export function countyFixture(): { fixture: Fixture; expected: ReportFile } {
  const proactive = {
    rules: { issued: 1, repealed: 0, inForce: 12 },
    normativeDocuments: { issued: 7, repealed: 3, inForce: 45 },
    licensing: { decisions: 1234 },
    penalties: { decisions: 567 },
    coercion: { decisions: '-' },
    fees: { amount: 7730.28 },
  };
  const apps = applications(false, false);
  const appealRows = appeals([2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 1, 0, 0, 1]);
  const tables = [
    table(proactiveTable('2021', proactive)),
    table(applicationsTable(apps, false)),
    table(appealsTable(appealRows)),
  ];
  const fixture: Fixture = {
    name: 'donglin-county-2022',
    blocks: blocksOf(county, tables),
    htmlEncoding: 'utf-8',
    layoutTable: true,
  };
  const expected = reportOf(
    'donglin-county-2022',
    county,
    {
      agency: { name: county.agency, region: '东林县', level: 'county' },
      year: 2022,
      template: '2021',
      publishedOn: '2022-01-28',
    },
    { proactive, applications: apps, appeals: appealRows },
  );
  return { fixture, expected };
}

export function bureauFixture(): { fixture: Fixture; expected: ReportFile } {
  const proactive = {
    rules: { newlyMade: 0, newlyPublished: 0, totalPublished: 2 },
    normativeDocuments: { newlyMade: 3, newlyPublished: 3, totalPublished: 21 },
    licensing: { previousYearItems: 12, change: '增3项', decisions: '6件' },
    otherServices: { previousYearItems: '-', change: 0, decisions: 0 },
    penalties: { previousYearItems: 5, change: '减1项', decisions: 17 },
    coercion: { previousYearItems: '-', change: 0, decisions: null },
    fees: { previousYearItems: 2, change: 0 },
    procurement: { projects: 31, amount: '537余万元' },
  };
  const apps = applications(true, true);
  const appealRows = appeals([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null]);
  const tables = [
    table(proactiveTable('2019', proactive)),
    table(applicationsTable(apps, true)),
    table(appealsTable(appealRows)),
  ];
  const fixture: Fixture = {
    name: 'xihe-jyj-2020',
    blocks: blocksOf(bureau, tables),
    htmlEncoding: 'gb18030',
    layoutTable: false,
  };
  const expected = reportOf(
    'xihe-jyj-2020',
    bureau,
    {
      agency: { name: bureau.agency, region: '江西省西河市', level: 'city' },
      year: 2020,
      template: '2019',
      publishedOn: '2021-01-26',
    },
    { proactive, applications: apps, appeals: appealRows },
  );
  return { fixture, expected };
}
