import { describe, expect, it } from 'vitest';
import { findingKey } from '../../../src/checks/finding-key.ts';
import { nationalTablesHtml } from '../../../src/export/national-html.ts';
import { loadReport } from '../../../src/load/load-report.ts';
import { setAt, setCells, typedCell, valueAt } from '../../../src/report/edit-file.ts';
import { diffReports } from '../../../src/report/report-diff.ts';
import type { Report, ReportFile } from '../../../src/report/report-schema.ts';
import { seedFile } from '../../builders.ts';

const load = (file: ReportFile): Report => {
  const loaded = loadReport(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.report;
};
const GRANTED_TOTAL = 'sections.applications.results.granted.total';

describe('typedCell', () => {
  it('keeps a blank as null, a plain number as a number and anything else as typed', () => {
    expect(typedCell('')).toBeNull();
    expect(typedCell('  ')).toBeNull();
    expect(typedCell('12')).toBe(12);
    expect(typedCell(' -3 ')).toBe(-3);
    expect(typedCell('0.5')).toBe(0.5);
    expect(typedCell('-')).toBe('-');
    expect(typedCell('537余万元')).toBe('537余万元');
    // Not plain numbers: kept as typed, for the loader's printed-cell grammar.
    expect(typedCell('0012')).toBe('0012');
    expect(typedCell('１２')).toBe('１２');
  });
});

describe('editing a file', () => {
  it('sets cells without changing the file it was given', () => {
    const file = seedFile();
    const before = JSON.stringify(file);
    const next = setCells(file, [
      { path: GRANTED_TOTAL, raw: 3 },
      { path: 'sections.applications.results.granted.business', raw: '-' },
    ]);
    expect(JSON.stringify(file)).toBe(before);
    expect(valueAt(next, GRANTED_TOTAL)).toBe(3);
    expect(valueAt(next, 'sections.applications.results.granted.business')).toBe('-');
    expect(valueAt(setAt(file, 'agency.region', '聊城市'), 'agency.name')).toBe(file.agency.name);
  });

  it('says what changed cell by cell, by the table’s labels', () => {
    const file = seedFile();
    const changes = diffReports(
      load(file),
      load(setAt(setCells(file, [{ path: GRANTED_TOTAL, raw: 3 }]), 'agency.region', '聊城市')),
    );
    expect(changes.map((c) => [c.path, c.label.zh, c.before, c.after])).toEqual([
      ['agency.region', '地区', '山东省聊城市', '聊城市'],
      [GRANTED_TOTAL, '（一）予以公开 · 总计', null, 3],
    ]);
    expect(diffReports(load(file), load(seedFile()))).toEqual([]);
  });

  it('fills the blank total: the two errors of the seed go away, the other findings keep their keys', () => {
    const before = loadReport(seedFile());
    const after = loadReport(setCells(seedFile(), [{ path: GRANTED_TOTAL, raw: 3 }]));
    if (!before.ok || !after.ok) throw new Error('does not load');
    const errors = (f: typeof before.findings) =>
      f.filter((x) => x.status === 'failed' && x.severity === 'error');
    expect(errors(before.findings)).toHaveLength(2);
    expect(errors(after.findings)).toEqual([]);
    const keysAfter = new Set(after.findings.map(findingKey));
    const kept = before.findings.filter((f) => f.severity === 'warning').map(findingKey);
    // Every warning is still there under its key: a blank-cell finding is keyed by its row, so
    // 予以公开's, with its other cells still blank, keeps its decision.
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.filter((k) => !keysAfter.has(k))).toEqual([]);
  });

  it('writes the three tables as HTML for Word, the values as printed and the labels in Chinese', () => {
    const html = nationalTablesHtml(load(seedFile()));
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html.match(/<table/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('（一）予以公开');
    expect(html).toContain('537余万元');
    expect(html).toContain('聊城市农业农村局');
  });
});
