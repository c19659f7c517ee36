import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/checks/finding.ts';
import { runChecks } from '../../../src/checks/run-checks.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import type { ReportFile } from '../../../src/report/report-schema.ts';
import { buildReportFile, getPath, setPath } from '../../builders.ts';

function check(file: ReportFile): Finding[] {
  const result = parseReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return runChecks(result.report);
}

const A = 'sections.applications';
const R = `${A}.results`;
const bump = (file: ReportFile, path: string, by: number) =>
  setPath(file, path, (getPath(file, path) as number) + by);
const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.ruleId} ${f.cells[0]}`);

describe.each(['2019', '2021'] as const)(
  'the checks on a correct report of template %s',
  (template) => {
    it('find nothing', () => {
      expect(check(buildReportFile(template))).toEqual([]);
    });
  },
);

describe.each(['2019', '2021'] as const)(
  'the checks on a report of template %s broken in one way',
  (template) => {
    const build = () => buildReportFile(template);

    it('an outcome row cell raised by 1: its row total and its column sum fail, not the balance', () => {
      const findings = check(bump(build(), `${R}.granted.business`, 1));
      expect(summary(findings)).toEqual([
        `error results-sum ${R}.total.business`,
        `error row-total ${R}.granted.total`,
      ]);
      const rowTotal = findings.find((f) => f.ruleId === 'row-total');
      const printed = getPath(build(), `${R}.granted.total`) as number;
      expect(rowTotal).toMatchObject({ expected: printed + 1, actual: printed });
    });

    it('received raised in both 自然人 and 总计: only the balance of those columns fails', () => {
      const file = bump(bump(build(), `${A}.received.person`, 2), `${A}.received.total`, 2);
      const findings = check(file);
      expect(summary(findings)).toEqual([
        `error balance ${A}.received.person`,
        `error balance ${A}.received.total`,
      ]);
      const received = getPath(build(), `${A}.received.total`) as number;
      const carried = getPath(build(), `${A}.carriedOver.total`) as number;
      expect(findings[1]).toMatchObject({
        actual: received + 2 + carried,
        expected: received + carried,
      });
    });

    it('an appeals total of 0 beside non-zero results (as 金湖县 2023)', () => {
      const file = setPath(build(), 'sections.appeals.litigationDirect.total', 0);
      setPath(file, 'sections.appeals.litigationDirect.upheld', 3);
      setPath(file, 'sections.appeals.litigationDirect.corrected', 0);
      setPath(file, 'sections.appeals.litigationDirect.other', 0);
      setPath(file, 'sections.appeals.litigationDirect.pending', 0);
      const findings = check(file);
      expect(summary(findings)).toEqual([
        'error appeals-total sections.appeals.litigationDirect.total',
      ]);
      expect(findings[0]).toMatchObject({ expected: 3, actual: 0, table: 'appeals' });
    });

    it('a blank 总计 beside filled parts; the balance compares what is printed', () => {
      const forward = getPath(build(), `${A}.carriedForward.total`) as number;
      expect(forward).toBeGreaterThan(0);
      const findings = check(setPath(build(), `${A}.carriedForward.total`, null));
      expect(summary(findings)).toEqual([
        `error balance ${A}.received.total`,
        `error row-total ${A}.carriedForward.total`,
        `warning blank-cell ${A}.carriedForward.total`,
      ]);
      const intake =
        (getPath(build(), `${A}.received.total`) as number) +
        (getPath(build(), `${A}.carriedOver.total`) as number);
      expect(findings[0]).toMatchObject({ actual: intake, expected: intake - forward });
      expect(findings[0]?.message.en).toMatch(/1 blank parts not counted/);
      expect(findings[1]).toMatchObject({ expected: forward, actual: null });
    });

    it('a blank cell among the parts is never read as 0', () => {
      const printed = getPath(build(), `${A}.received.person`) as number;
      const findings = check(setPath(build(), `${A}.received.person`, null));
      const rowTotal = findings.find((f) => f.ruleId === 'row-total');
      // The filled parts no longer reach the printed total: reported, with the blank named.
      expect(rowTotal).toMatchObject({
        severity: 'error',
        expected: (getPath(build(), `${A}.received.total`) as number) - printed,
      });
      expect(rowTotal?.message.en).toMatch(/1 blank parts not counted/);
      expect(
        findings.some((f) => f.ruleId === 'blank-cell' && f.cells.includes(`${A}.received.person`)),
      ).toBe(true);
    });

    it('a whole row left blank: blank cells reported, its sums not assessable', () => {
      const file = build();
      const row = getPath(file, `${R}.partiallyGranted`) as Record<string, number>;
      for (const column of Object.keys(row)) row[column] = null as unknown as number;
      const findings = check(file);
      expect(findings.find((f) => f.ruleId === 'row-total')).toMatchObject({
        status: 'not-assessable',
        severity: 'info',
      });
      expect(findings.find((f) => f.ruleId === 'blank-cell')?.message.en).toMatch(
        /not filled in at all/,
      );
    });

    it('a count that is not whole, and one that is negative', () => {
      const file = build();
      const count = getPath(file, 'sections.proactive.licensing.decisions') as number;
      setPath(file, 'sections.proactive.licensing.decisions', count + 0.5);
      setPath(
        file,
        'sections.proactive.rules.' + (template === '2019' ? 'newlyMade' : 'issued'),
        -1,
      );
      const findings = check(file).filter((f) => f.ruleId === 'whole-number');
      expect(findings.map((f) => f.cells[0]).sort()).toEqual(
        [
          'sections.proactive.licensing.decisions',
          `sections.proactive.rules.${template === '2019' ? 'newlyMade' : 'issued'}`,
        ].sort(),
      );
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
    });

    it('text that holds no number makes the sums it is in not assessable', () => {
      const findings = check(setPath(build(), `${A}.received.legal`, '无'));
      expect(findings.find((f) => f.ruleId === 'non-numeric')).toMatchObject({
        severity: 'warning',
        cells: [`${A}.received.legal`],
      });
      expect(
        findings
          .filter((f) => f.ruleId === 'balance' || f.ruleId === 'row-total')
          .every((f) => f.status === 'not-assessable'),
      ).toBe(true);
      expect(findings.some((f) => f.severity === 'error')).toBe(false);
    });

    it('a section with no text', () => {
      const findings = check(setPath(build(), 'sections.problems.paragraphs', []));
      expect(summary(findings)).toEqual(['warning empty-section sections.problems']);
    });

    it('a report published after its deadline', () => {
      const file = build();
      setPath(file, 'publishedOn', `${(file.year as number) + 1}-04-01`);
      expect(summary(check(file))).toEqual(['warning late-publication publishedOn']);
    });
  },
);

describe('template differences', () => {
  it('2019: money and signed changes are exempt from the whole-number rule', () => {
    const file = buildReportFile('2019');
    setPath(file, 'sections.proactive.procurement.amount', 120.5);
    setPath(file, 'sections.proactive.licensing.change', '减2项');
    expect(check(file)).toEqual([]);
  });

  it('2021: fees in 万元 may have decimals', () => {
    expect(check(setPath(buildReportFile('2021'), 'sections.proactive.fees.amount', 0.35))).toEqual(
      [],
    );
  });

  it('2021 with the single （六）其他处理 row: sums use that row', () => {
    const file = buildReportFile('2021');
    const split = getPath(file, `${R}.otherHandling`) as Record<string, Record<string, number>>;
    const single: Record<string, number> = {};
    for (const row of Object.values(split))
      for (const [k, v] of Object.entries(row)) single[k] = (single[k] ?? 0) + v;
    setPath(file, `${R}.otherHandling`, single);
    expect(check(file)).toEqual([]);
    setPath(file, `${R}.otherHandling.person`, (single.person ?? 0) + 1);
    expect(summary(check(file))).toContain(`error row-total ${R}.otherHandling.total`);
  });

  it('a department (not a 人民政府) is late after 31 January', () => {
    const file = buildReportFile('2019');
    setPath(file, 'publishedOn', `${(file.year as number) + 1}-02-01`);
    expect(summary(check(file))).toEqual(['warning late-publication publishedOn']);
  });
});
