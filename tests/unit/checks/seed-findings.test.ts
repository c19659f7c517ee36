import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/checks/finding.ts';
import { runChecks } from '../../../src/checks/run-checks.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import { seedFile } from '../../builders.ts';

const A = 'sections.applications';
const R = `${A}.results`;
const orgColumns = ['business', 'research', 'nonprofit', 'legal', 'otherOrg'];
const denied = [
  'stateSecret',
  'lawProhibited',
  'safetyStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementFiles',
  'administrativeQuery',
];
const notProcessed = ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation'];

function seedFindings(): Finding[] {
  const result = parseReport(seedFile());
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return runChecks(result.report);
}

const key = (f: Finding) => `${f.severity} ${f.status} ${f.ruleId} ${f.cells[0]}`;

describe('the checks on the seed report (聊城市农业农村局 2020)', () => {
  const findings = seedFindings();

  it('find that 予以公开 has a blank 总计 although 自然人 is 3', () => {
    const f = findings.find((x) => x.ruleId === 'row-total' && x.cells[0] === `${R}.granted.total`);
    expect(f).toMatchObject({ severity: 'error', status: 'failed', expected: 3, actual: null });
    expect(f?.cells).toEqual(expect.arrayContaining([`${R}.granted.person`]));
    expect(f?.message.zh).toContain('予以公开');
    expect(f?.message.en).toContain('blank');
  });

  it('find that the 总计 column of the outcomes does not add up to （七）总计 6', () => {
    const f = findings.find((x) => x.ruleId === 'results-sum' && x.cells[0] === `${R}.total.total`);
    expect(f).toMatchObject({ severity: 'error', status: 'failed', expected: 3, actual: 6 });
    expect(f?.cells).toEqual(
      expect.arrayContaining([
        `${R}.granted.total`,
        `${R}.partiallyGranted.total`,
        `${R}.unavailable.notHeld.total`,
      ]),
    );
  });

  it('find that 复议后起诉 is not filled at all', () => {
    const f = findings.find((x) => x.ruleId === 'blank-cell' && x.table === 'appeals');
    expect(f?.cells).toEqual(
      ['upheld', 'corrected', 'other', 'pending', 'total'].map(
        (c) => `sections.appeals.litigationAfterReconsideration.${c}`,
      ),
    );
    expect(f?.message.zh).toContain('整行未填写');
  });

  it('find the balance identity holding for 自然人 and 总计 (6 + 0 = 6 + 0)', () => {
    const balance = findings.filter((f) => f.ruleId === 'balance');
    expect(balance.map((f) => f.cells[0])).toEqual(orgColumns.map((c) => `${A}.received.${c}`));
    expect(balance.every((f) => f.status === 'not-assessable')).toBe(true);
  });

  it('return exactly the expected findings, most severe first', () => {
    const blankRows = [
      `${A}.received.business`,
      `${A}.carriedOver.business`,
      `${R}.granted.business`,
      `${R}.partiallyGranted.business`,
      ...denied.map((k) => `${R}.denied.${k}.person`),
      `${R}.unavailable.notHeld.business`,
      `${R}.unavailable.needsCreation.person`,
      `${R}.unavailable.unclear.person`,
      ...notProcessed.map((k) => `${R}.notProcessed.${k}.person`),
      `${R}.otherHandling.person`,
      `${R}.total.business`,
      `${A}.carriedForward.business`,
      'sections.appeals.litigationAfterReconsideration.upheld',
    ];
    const blankTotalRows = [
      ...denied.map((k) => `${R}.denied.${k}.total`),
      `${R}.unavailable.needsCreation.total`,
      `${R}.unavailable.unclear.total`,
      ...notProcessed.map((k) => `${R}.notProcessed.${k}.total`),
      `${R}.otherHandling.total`,
    ];
    expect(findings.map(key)).toEqual([
      `error failed results-sum ${R}.total.total`,
      `error failed row-total ${R}.granted.total`,
      ...blankRows.map((p) => `warning failed blank-cell ${p}`),
      ...orgColumns.map((c) => `info not-assessable balance ${A}.received.${c}`),
      ...orgColumns.map((c) => `info not-assessable results-sum ${R}.total.${c}`),
      ...blankTotalRows.map((p) => `info not-assessable row-total ${p}`),
      'info not-assessable appeals-total sections.appeals.litigationAfterReconsideration.total',
    ]);
  });

  it('give every finding a message in both languages', () => {
    for (const f of findings) {
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message.en).toMatch(/^[\x20-\x7e“”"'（）()·\u4e00-\u9fff/、：-]+$/u);
    }
  });
});
