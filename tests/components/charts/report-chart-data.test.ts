import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  flowData,
  outcomeColours,
  outcomesByApplicantData,
  outcomesData,
  outcomesTotal,
} from '../../../src/app/table-data/chart-data.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import type { Report } from '../../../src/report/report-schema.ts';
import type { Label } from '../../../src/report/label.ts';
import { buildReportFile, projectFile, seedFile } from '../../builders.ts';

// Issue 18, item 4: charts showed figures the report does not contain (a Sankey intake of
// 19468 and a donut total of 17893 where （七）总计 is 1515), and a total the app computed
// from its row's parts as if the report had printed it. Item 13: one colour per outcome.

function report(file: unknown): Report {
  const result = parseReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

/** The fixture whose totals do not add up: every cell a distinct number. */
const donglin = () =>
  report(
    JSON.parse(
      readFileSync(
        projectFile('tests/fixtures/importer/expected/donglin-county-2022.json'),
        'utf8',
      ),
    ),
  );
const zh = (l: Label) => l.zh;

describe('the charts of 依申请公开 show the report’s own figures', () => {
  it('gives the donut the report’s （七）总计 (1515), not the sum of its slices (17893)', () => {
    const r = donglin();
    expect(outcomesTotal(r)).toEqual({ value: 1515 });
    const slices = outcomesData(r, zh).map((d) => d.values.total?.value ?? 0);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(17893);
  });

  it('gives the flow chart’s intake the report’s 本年新收 + 上年结转 (135 + 195), and each flow as reported', () => {
    const r = donglin();
    const { nodes, links } = flowData(r, zh, '收到的申请');
    expect(nodes.find((n) => n.key === 'intake')?.value).toEqual({ value: 330 });
    const flows = Object.fromEntries(links.map((l) => [l.target, l.value]));
    // （一）予以公开 255 and 结转下年度 1575 as printed; 不予公开 is its eight rows' printed 总计.
    expect(flows).toMatchObject({ granted: 255, partiallyGranted: 315, carriedForward: 1575 });
    expect(flows.denied).toBe(313 + 435 + 495 + 555 + 615 + 675 + 735 + 795);
    expect(links.some((l) => l.derived)).toBe(false);
  });

  it('marks the seed’s 予以公开 总计 (blank, 3 from its row’s parts) as derived, and only it', () => {
    const r = report(seedFile());
    const outcomes = Object.fromEntries(outcomesData(r, zh).map((d) => [d.key, d.values.total]));
    expect(outcomes.granted).toEqual({ value: 3, derived: true });
    expect(outcomes.partiallyGranted).toEqual({ value: 1 });
    expect(outcomesTotal(r)).toEqual({ value: 6 });
    const { nodes, links } = flowData(r, zh, '收到的申请');
    expect(links.find((l) => l.target === 'granted')).toMatchObject({ value: 3, derived: true });
    expect(links.filter((l) => l.derived)).toHaveLength(1);
    expect(nodes.find((n) => n.key === 'intake')?.value).toEqual({ value: 6 });
    // The applicant cells are printed: nothing in the stacked bars is derived.
    const byApplicant = outcomesByApplicantData(r, zh);
    expect(byApplicant.flatMap((d) => Object.values(d.values)).some((v) => v?.derived)).toBe(false);
  });
});

describe('one colour per outcome', () => {
  it('colours an outcome by its key, the same in the donut and the flow chart, in both formats', () => {
    for (const file of [seedFile(), buildReportFile('2021')]) {
      const r = report(file);
      const donut = Object.fromEntries(outcomesData(r, zh).map((d) => [d.key, d.colour]));
      const flow = Object.fromEntries(flowData(r, zh, '').nodes.map((n) => [n.key, n.colour]));
      for (const [key, colour] of Object.entries(donut)) {
        expect(colour, key).toBe(outcomeColours[key as keyof typeof outcomeColours]);
        expect(flow[key], key).toBe(colour);
      }
    }
  });

  it('gives every outcome, the intake and 结转下年度 a colour of its own', () => {
    const colours = Object.values(outcomeColours).map((c) => c.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});
