import fc from 'fast-check';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { buildReportFile } from '../../builders.ts';

/** A cell as people write them: numbers, printed strings, blanks. */
export const rawCell = fc.oneof(
  fc.integer({ min: -5, max: 10_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(
    null,
    '',
    '-',
    '/',
    '－',
    '—',
    '增3项',
    '减2项',
    '6件',
    '537余万元',
    '１２',
    '1,200',
    '约50件',
    '无',
    ' 0 ',
  ),
  fc.string({ maxLength: 8 }),
);

type Tree = { [key: string]: unknown };

/** Every cell path of a report file of the template (taken from a complete fixture). */
function cellPaths(node: unknown, prefix: string[] = []): string[][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [prefix];
  return Object.entries(node as Tree).flatMap(([k, v]) => cellPaths(v, [...prefix, k]));
}

const templates = ['2019', '2021'] as const;

/** A valid report file of either template with any cells: every value the format allows. */
export const anyReportFile: fc.Arbitrary<ReportFile> = fc
  .constantFrom(...templates)
  .chain((template) => {
    const base = buildReportFile(template);
    const paths = ['proactive', 'applications', 'appeals'].flatMap((table) =>
      cellPaths((base.sections as Tree)[table], ['sections', table]),
    );
    return fc.array(rawCell, { minLength: paths.length, maxLength: paths.length }).map((cells) => {
      const file = buildReportFile(template) as unknown as Tree;
      paths.forEach((path, i) => {
        let node = file;
        for (const key of path.slice(0, -1)) node = node[key] as Tree;
        node[path.at(-1) as string] = cells[i];
      });
      return file as unknown as ReportFile;
    });
  });

/** A report consistent by construction: counts drawn, totals computed from them. */
export const consistentReportFile: fc.Arbitrary<ReportFile> = fc
  .record({
    template: fc.constantFrom(...templates),
    counts: fc.array(fc.nat({ max: 500 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ template, counts }) => {
    let next = 0;
    const draw = () => counts[next++ % counts.length] as number;
    const file = buildReportFile(template) as unknown as Tree;
    const sections = file.sections as Tree;
    const applications = sections.applications as Tree;
    const results = applications.results as Tree;
    const parts = ['person', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'];
    const fillRow = (row: Tree) => {
      let sum = 0;
      for (const p of parts) sum += (row[p] = draw()) as number;
      row.total = sum;
    };
    const leafRows: Tree[] = [];
    const collect = (node: Tree) => {
      if ('person' in node) leafRows.push(node);
      else for (const child of Object.values(node)) collect(child as Tree);
    };
    for (const [key, value] of Object.entries(results)) if (key !== 'total') collect(value as Tree);
    leafRows.forEach(fillRow);
    const total = results.total as Tree;
    for (const column of [...parts, 'total'])
      total[column] = leafRows.reduce((s, r) => s + (r[column] as number), 0);
    fillRow(applications.carriedOver as Tree);
    fillRow(applications.carriedForward as Tree);
    const received = applications.received as Tree;
    for (const column of [...parts, 'total']) {
      const over = (applications.carriedOver as Tree)[column] as number;
      const forward = (applications.carriedForward as Tree)[column] as number;
      const outcome = total[column] as number;
      // received + carriedOver = total + carriedForward, with received never negative:
      received[column] = outcome + forward - over;
      if ((received[column] as number) < 0) {
        (applications.carriedOver as Tree)[column] = over + (received[column] as number);
        received[column] = 0;
      }
    }
    for (const row of Object.values(sections.appeals as Tree) as Tree[]) {
      row.upheld = draw();
      row.corrected = draw();
      row.other = draw();
      row.pending = draw();
      row.total =
        (row.upheld as number) +
        (row.corrected as number) +
        (row.other as number) +
        (row.pending as number);
    }
    return file as unknown as ReportFile;
  });
