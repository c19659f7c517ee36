import { readFileSync } from 'node:fs';
import type { RawCell } from '../../../../src/report/cell.ts';
import type { Template } from '../../../../src/report/table-layout.ts';
import { projectFile } from '../../../builders.ts';

// The real fixtures the variants are written from, each cut into the parts a variant
// rewrites: the title, the preamble, the text of sections 一, 五 and 六 (as printed, wrapped
// lines and all), and the cells of the three tables as transcribed by hand, never as the
// importer read them.

export interface ExpectedReport {
  readonly agency: { readonly name: string };
  readonly year: number;
  readonly template: Template;
  readonly publishedOn?: string;
  readonly sections: Record<string, unknown>;
}

export interface RealSource {
  readonly name: string;
  /** The agency's name as the report prints it in its head (the expected agency). */
  readonly agency: string;
  readonly year: number;
  readonly expected: ExpectedReport;
  readonly preamble: readonly string[];
  readonly headings: Readonly<
    Record<'overview' | 'proactive' | 'applications' | 'appeals' | 'problems' | 'other', string>
  >;
  readonly overview: readonly string[];
  readonly problems: readonly string[];
  readonly other: readonly string[];
}

const read = (path: string) => readFileSync(projectFile(path), 'utf8');

const HEADINGS = [
  ['overview', /^一、.{0,6}总体/],
  ['proactive', /^二、.{0,12}主动公开/],
  ['applications', /^三、.{0,16}(?:收到|申请)/],
  ['appeals', /^四、.{0,20}(?:复议|诉讼)/],
  ['problems', /^五、.{0,20}(?:问题|改进)/],
  ['other', /^六、.{0,12}(?:其他|其它)/],
] as const;

const isSignatureLine = (line: string, agency: string): boolean =>
  line.replace(/\s/g, '') === agency ||
  /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(line);

const isPageNumber = (line: string): boolean => /^\s*-\s*\d+\s*-\s*$/.test(line);

function cut(name: string, textPath: string, expected: ExpectedReport): RealSource {
  const lines = read(textPath)
    .split(/\r\n|\r|\n/)
    .filter((l) => !isPageNumber(l));
  const at: number[] = [];
  let from = 0;
  for (const [, pattern] of HEADINGS) {
    const i = lines.findIndex((l, n) => n >= from && !l.startsWith('\t') && pattern.test(l.trim()));
    if (i < 0) throw new Error(`${name}: heading ${String(pattern)} not found`);
    at.push(i);
    from = i + 1;
  }
  const agency = expected.agency.name;
  const head = lines.slice(0, at[0]).filter((l) => l.trim() !== '');
  // The head: the agency's line, the title (ending in 报告), then the preamble.
  const titleEnd = head.findIndex((l) => /报告\s*$/.test(l));
  const preamble = head.slice(titleEnd + 1);
  const body = (k: number, end?: number) =>
    lines.slice((at[k] as number) + 1, end).filter((l) => l.trim() !== '');
  const other = body(5);
  while (other.length > 0 && isSignatureLine(other[other.length - 1] as string, agency))
    other.pop();
  const heading = (k: number) => (lines[at[k] as number] as string).trim();
  return {
    name,
    agency,
    year: expected.year,
    expected,
    preamble,
    headings: {
      overview: heading(0),
      proactive: heading(1),
      applications: heading(2),
      appeals: heading(3),
      problems: heading(4),
      other: heading(5),
    },
    overview: body(0, at[1]),
    problems: body(4, at[5]),
    other,
  };
}

const json = (path: string) => JSON.parse(read(path)) as ExpectedReport;

/** Every real report the project has text and hand-transcribed cells for. */
export function realSources(): RealSource[] {
  const corpus = ['hongze-district-gov-2023', 'hongze-district-gov-2024', 'huaian-city-gov-2024'];
  return [
    cut(
      'liaocheng-nyncj-2020',
      'tests/fixtures/seed/liaocheng-nyncj-2020.txt',
      json('public/data/reports/liaocheng-nyncj-2020.json'),
    ),
    ...corpus.map((name) => {
      const expected = json(`tests/fixtures/corpus/${name}.expected.json`);
      // The hand transcriptions name the agency as its head prints it.
      return cut(name, `tests/fixtures/importer/corpus/${name}.pdftext.txt`, expected);
    }),
  ];
}

export type Cells = ReadonlyMap<string, RawCell>;
