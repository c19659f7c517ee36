import { describe, expect, it } from 'vitest';
import { reportJson, toReportFile } from '../../../src/export/report-file.ts';
import { parseReport, parseReportText } from '../../../src/report/parse-report.ts';
import type { Report } from '../../../src/report/report-schema.ts';
import { buildReportFile, seedFile, setPath } from '../../builders.ts';

function parsed(file: unknown): Report {
  const result = parseReport(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

describe('toReportFile', () => {
  it('gives back the seed report in the data format, which parses to the same report', () => {
    const report = parsed(seedFile());
    const file = toReportFile(report);
    const again = parseReport(file);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.report).toEqual(report);
  });

  it('holds every cell as the file had it: numbers, printed text and blanks', () => {
    const original = seedFile();
    const file = toReportFile(parsed(original)) as unknown as Record<string, unknown>;
    const sections = (original as unknown as { sections: Record<string, unknown> }).sections;
    // Every key the original file wrote comes back with the same value.
    const check = (a: unknown, b: unknown, path: string) => {
      if (typeof a === 'object' && a !== null && !Array.isArray(a)) {
        for (const [k, v] of Object.entries(a))
          check(v, (b as Record<string, unknown>)[k], `${path}.${k}`);
      } else {
        expect(b, path).toEqual(a);
      }
    };
    check(sections, file.sections, 'sections');
    expect(file.agency).toEqual(original.agency);
    expect(file.title).toBe(original.title);
  });

  it.each(['2019', '2021'] as const)('round-trips the %s template, printed forms included', (t) => {
    const original = setPath(
      setPath(buildReportFile(t), 'sections.appeals.reconsideration.upheld', '１２'),
      'sections.applications.received.person',
      '约5件',
    );
    const file = toReportFile(parsed(original));
    expect(file.sections.appeals?.reconsideration?.upheld).toBe('１２');
    expect(file.sections.applications?.received?.person).toBe('约5件');
    expect(parsed(file)).toEqual(parsed(original));
  });

  it('keeps a 2021 report that prints （六）其他处理 as one row in that form', () => {
    const original = setPath(
      buildReportFile('2021'),
      'sections.applications.results.otherHandling',
      {
        person: 1,
        total: 1,
      },
    );
    const file = toReportFile(parsed(original));
    expect(file.sections.applications?.results?.otherHandling).toMatchObject({
      person: 1,
      total: 1,
    });
    expect(parsed(file)).toEqual(parsed(original));
  });

  it('writes pretty JSON that the loader reads', () => {
    const report = parsed(seedFile());
    const text = reportJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,');
    const again = parseReportText(text);
    expect(again.ok && again.report).toEqual(report);
  });
});
