import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CrossReportFinding } from '../../../src/checks/finding.ts';
import { runCrossChecks, yearPairs } from '../../../src/checks/run-cross-checks.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import type { Report, ReportFile } from '../../../src/report/report-schema.ts';
import { buildReportFile, projectFile, setPath } from '../../builders.ts';

function load(file: ReportFile): Report {
  const result = parseReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

const A = 'sections.applications';
const P = 'sections.proactive';

// valid-2021.json (测试县人民政府 2022) carries forward 10, 3, 0, 1, 1, 0, total 15, and has
// 行政规范性文件 87 in force, 规章 0. Its next year, consistent by hand: carried over the same,
// 87 + 4 issued − 1 repealed = 90 in force, 规章 0 + 1 − 0 = 1.
function laterYear(): ReportFile {
  const file = buildReportFile('2021');
  file.id = 'test-county-2023';
  file.year = 2023;
  setPath(file, `${A}.carriedOver`, {
    person: 10,
    business: 3,
    research: 0,
    nonprofit: 1,
    legal: 1,
    otherOrg: 0,
    total: 15,
  });
  setPath(file, `${P}.normativeDocuments`, { issued: 4, repealed: 1, inForce: 90 });
  setPath(file, `${P}.rules`, { issued: 1, repealed: 0, inForce: 1 });
  return file;
}

const earlier = () => load(buildReportFile('2021'));
const summary = (findings: CrossReportFinding[]) =>
  findings.map((f) => [f.ruleId, f.status, f.cells[0], f.expected, f.actual]);

describe('the checks across two years of one agency', () => {
  it('a consistent pair: nothing found', () => {
    expect(runCrossChecks([earlier(), load(laterYear())])).toEqual([]);
  });

  it('pairs only consecutive years of the same agency, whatever the order given', () => {
    const other = buildReportFile('2021');
    other.id = 'other-2023';
    other.year = 2023;
    other.agency = { name: '别的县人民政府', region: '测试省测试市别的县' };
    const gap = laterYear();
    gap.id = 'test-county-2024';
    gap.year = 2024;
    const pairs = yearPairs([load(gap), load(other), load(laterYear()), earlier()]);
    expect(pairs.map((p) => [p.earlier.id, p.later.id])).toEqual([
      ['test-county-2022', 'test-county-2023'],
      ['test-county-2023', 'test-county-2024'],
    ]);
  });

  it('an agency named with and without its region is one agency (洪泽区 2023 and 2024)', () => {
    const real = (id: string) =>
      load(
        JSON.parse(
          readFileSync(projectFile(`public/data/reports/${id}.json`), 'utf8'),
        ) as ReportFile,
      );
    const pair = [real('hongze-district-gov-2023'), real('hongze-district-gov-2024')];
    expect(pair.map((r) => r.agency.name)).toEqual(['洪泽区人民政府', '淮安市洪泽区人民政府']);
    expect(yearPairs(pair)).toHaveLength(1);
    // As the hand transcription of the PDFs says: 0 carried each way, 5 + 3 − 0 = 8 in force.
    expect(runCrossChecks(pair)).toEqual([]);
  });

  it('an inconsistent pair: the carry-over of two columns and the documents in force differ', () => {
    const file = laterYear();
    setPath(file, `${A}.carriedOver.person`, 7);
    setPath(file, `${A}.carriedOver.total`, 12);
    setPath(file, `${P}.normativeDocuments.inForce`, 95);
    const findings = runCrossChecks([earlier(), load(file)]);
    expect(summary(findings)).toEqual([
      ['cross-year-carry-over', 'failed', `${A}.carriedOver.person`, 10, 7],
      ['cross-year-carry-over', 'failed', `${A}.carriedOver.total`, 15, 12],
      ['cross-year-in-force', 'failed', `${P}.normativeDocuments.inForce`, 90, 95],
    ]);
    const [person, , inForce] = findings;
    expect(person).toMatchObject({
      severity: 'error',
      table: 'applications',
      reportId: 'test-county-2023',
      earlier: {
        id: 'test-county-2022',
        agency: '测试县人民政府',
        year: 2022,
        cells: [`${A}.carriedForward.person`],
      },
    });
    expect(person!.message.zh).toBe(
      '二、上年结转政府信息公开申请数量 · 自然人 为 7，但测试县人民政府 2022 年度报告的 四、结转下年度继续办理 · 自然人 为 10',
    );
    expect(inForce!.cells).toEqual([
      `${P}.normativeDocuments.inForce`,
      `${P}.normativeDocuments.issued`,
      `${P}.normativeDocuments.repealed`,
    ]);
    expect(inForce!.earlier.cells).toEqual([`${P}.normativeDocuments.inForce`]);
    expect(inForce!.message.en).toBe(
      "Administrative normative documents · In force should be 90 (87 in force in 测试县人民政府's 2022 report + 4 issued − 1 repealed), found 95",
    );
  });

  it('not assessable: blank cells on either side, named, and never read as 0', () => {
    const file = laterYear();
    setPath(file, `${A}.carriedOver.research`, null);
    setPath(file, `${P}.rules.repealed`, '-');
    const findings = runCrossChecks([earlier(), load(file)]);
    expect(summary(findings)).toEqual([
      [
        'cross-year-carry-over',
        'not-assessable',
        `${A}.carriedOver.research`,
        undefined,
        undefined,
      ],
      ['cross-year-in-force', 'not-assessable', `${P}.rules.inForce`, undefined, undefined],
    ]);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(findings[1]!.message.en).toBe(
      'Cannot check the documents in force of "Rules" (= those in force in 测试县人民政府\'s 2022 report + issued − repealed): Rules · Repealed this year blank or not a number',
    );
  });

  it('not assessable: the documents in force when either year follows the 2019 template', () => {
    const old = buildReportFile('2019');
    old.agency = { name: '测试县人民政府', region: '测试省测试市测试县', level: 'county' };
    old.year = 2022;
    old.id = 'test-county-2022-old';
    // The 2019 template carries forward 4, 1, 0, 0, 0, 1, total 6: carried over the same.
    const file = laterYear();
    setPath(file, `${A}.carriedOver`, {
      person: 4,
      business: 1,
      research: 0,
      nonprofit: 0,
      legal: 0,
      otherOrg: 1,
      total: 6,
    });
    const findings = runCrossChecks([load(old), load(file)]);
    expect(summary(findings)).toEqual([
      ['cross-year-in-force', 'not-assessable', `${P}.rules.issued`, undefined, undefined],
      [
        'cross-year-in-force',
        'not-assessable',
        `${P}.normativeDocuments.issued`,
        undefined,
        undefined,
      ],
    ]);
    expect(findings[0]!.message.zh).toMatch(/测试县人民政府 2022 年度报告采用 2019 年版格式/);
    expect(findings[1]!.earlier.cells).toEqual([
      `${P}.normativeDocuments.newlyMade`,
      `${P}.normativeDocuments.newlyPublished`,
      `${P}.normativeDocuments.totalPublished`,
    ]);
  });
});
