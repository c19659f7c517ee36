import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapKirogovTables, type KirogovMeta } from '../../../scripts/lib/kirogov-tables.ts';
import { loadReport } from '../../../src/load/load-report.ts';
import { getPath, projectFile, setPath } from '../../builders.ts';

const source = () =>
  JSON.parse(
    readFileSync(projectFile('data/sources/jinhu-county-gov-2023.tables.json'), 'utf8'),
  ) as Record<string, unknown>;
const meta: KirogovMeta = { id: 'jinhu-county-gov-2023', source: { file: 'x.json' } };

function mapped() {
  const result = mapKirogovTables(source(), meta);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
}

describe("the mapping of another tool's table keys (金湖县 2023)", () => {
  // Each pair read by eye from the source file, against the national template's row it is.
  it.each([
    ['table_2.normativeDocuments.valid', 'sections.proactive.normativeDocuments.inForce', 14],
    ['table_2.normativeDocuments.made', 'sections.proactive.normativeDocuments.issued', 3],
    ['table_2.punishment.processed', 'sections.proactive.penalties.decisions', 2086],
    ['table_2.fees.amount', 'sections.proactive.fees.amount', 14722.49],
    ['table_3.naturalPerson.newReceived', 'sections.applications.received.person', 140],
    ['table_3.legalPerson.other.newReceived', 'sections.applications.received.otherOrg', 2],
    [
      'table_3.total.results.unableToProvide.noInfo',
      'sections.applications.results.unavailable.notHeld.total',
      46,
    ],
    [
      'table_3.naturalPerson.results.other.overdueCorrection',
      'sections.applications.results.otherHandling.noCorrection.person',
      17,
    ],
    [
      'table_3.total.results.denied.thirdPartyRights',
      'sections.applications.results.denied.thirdPartyRights.total',
      2,
    ],
    ['table_3.total.results.totalProcessed', 'sections.applications.results.total.total', 143],
    ['table_4.review.other', 'sections.appeals.reconsideration.other', 6],
    [
      'table_4.litigationPostReview.other',
      'sections.appeals.litigationAfterReconsideration.other',
      1,
    ],
  ])('%s → %s (%d)', (theirs, ours, value) => {
    expect(getPath(source(), theirs)).toBe(value);
    expect(getPath(mapped(), ours)).toBe(value);
  });

  it('fills every cell of the 2021 tables and validates, keeping the real error of 直接起诉', () => {
    const loaded = loadReport(mapped());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.report.agency.name).toBe('金湖县人民政府');
    const errors = loaded.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.cells[0], f.expected, f.actual])).toEqual([
      ['appeals-total', 'sections.appeals.litigationDirect.total', 3, 0],
    ]);
    // No blank cell: every cell of ours came from one of theirs.
    expect(loaded.findings.filter((f) => f.ruleId === 'blank-cell')).toEqual([]);
  });

  it('refuses a key it does not know, naming it', () => {
    const result = mapKirogovTables(setPath(source(), 'table_2.licensing.extra', 1), meta);
    expect(result).toEqual({
      ok: false,
      errors: ['table_2.licensing.extra: a key the mapping does not know'],
    });
  });

  it('refuses a file that lacks a key it expects, naming both ends', () => {
    const result = mapKirogovTables(setPath(source(), 'table_4.review.correct', undefined), meta);
    expect(result).toEqual({
      ok: false,
      errors: [
        'table_4.review.correct: missing (wanted for sections.appeals.reconsideration.corrected)',
      ],
    });
  });

  it('refuses what is not a tables file', () => {
    expect(mapKirogovTables([], meta).ok).toBe(false);
    const noName = mapKirogovTables(setPath(source(), 'unit', undefined), meta);
    expect(noName.ok ? [] : noName.errors).toContain('unit: the agency name is missing');
  });
});
