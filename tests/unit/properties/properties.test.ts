import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/run-checks.ts';
import { BOM, buildCsv, type CsvField } from '../../../src/export/csv.ts';
import { importBytes } from '../importer/import-file.ts';
import { normalizeCell } from '../../../src/report/cell.ts';
import { parseReport, parseReportText } from '../../../src/report/parse-report.ts';
import { anyReportFile, consistentReportFile, rawCell } from './arbitraries.ts';

const runs = { numRuns: 200 };

describe('properties', () => {
  it('the loader never throws: any text gives a report or located errors', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseReportText(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      runs,
    );
  });

  it('the loader never throws on a valid report with one value anywhere replaced by anything', () => {
    fc.assert(
      fc.property(anyReportFile, fc.jsonValue(), fc.nat(), (file, value, pick) => {
        const text = JSON.stringify(file);
        const keys = [...text.matchAll(/"([a-zA-Z]+)":/g)];
        const key = keys[pick % keys.length]?.[1] ?? 'year';
        const spoiled = text.replace(
          new RegExp(`"${key}":`),
          `"${key}":${JSON.stringify(value)},"${key}x":`,
        );
        expect(() => parseReportText(spoiled)).not.toThrow();
      }),
      runs,
    );
  });

  it('normalising a cell twice changes nothing', () => {
    fc.assert(
      fc.property(rawCell, (raw) => {
        const once = normalizeCell(raw);
        // Reading what was kept as printed gives the same cell; the number it yields, written
        // back as a cell, reads as that number.
        expect(normalizeCell(once.raw)).toEqual(once);
        if (once.value !== null) expect(normalizeCell(once.value).value).toBe(once.value);
        if (once.raw === null) expect(once.value).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('the checks never throw on any valid report, and every finding has a message and its cells', () => {
    fc.assert(
      fc.property(anyReportFile, (file) => {
        const result = parseReport(file);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const finding of runChecks(result.report)) {
          expect(finding.message.zh.length).toBeGreaterThan(0);
          expect(finding.cells.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('the checks find no error in a report generated to be consistent', () => {
    fc.assert(
      fc.property(consistentReportFile, (file) => {
        const result = parseReport(file);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const errors = runChecks(result.report).filter((f) => f.severity === 'error');
        expect(errors).toEqual([]);
      }),
      runs,
    );
  });

  it('the importer never throws: random bytes give a report or errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string().map((s) => new TextEncoder().encode(s)),
          fc
            .constantFrom(
              'PK\u0003\u0004junk',
              '%PDF-1.4',
              '<html><table><tr><td>一、总体情况',
              '{"a":',
            )
            .map((s) => new TextEncoder().encode(s)),
        ),
        fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a.json', 'a.pdf', '报告'),
        async (bytes, name) => {
          const result = await importBytes(name, bytes);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
          else expect(parseReport(result.report).ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a CSV export read back with a CSV parser equals the table', () => {
    const field: fc.Arbitrary<CsvField> = fc.oneof(
      fc.integer(),
      fc.constant(null),
      fc.string(),
      fc.constantFrom(
        'a,b',
        'say "hi"',
        'two\nlines',
        '=1+1',
        '+x',
        '-',
        '@sum',
        '537余万元',
        '\r\n',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        (rows) => {
          const csv = buildCsv(rows);
          expect(csv.startsWith(BOM)).toBe(true);
          const back = parse(csv.slice(1), {
            relaxQuotes: false,
            relaxColumnCount: false,
          }) as string[][];
          const expected = rows.map((row) =>
            row.map((f) => {
              if (f === null) return '';
              if (typeof f === 'number') return String(f);
              return /^[=+\-@\t\r]/.test(f) && !/^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|-)$/.test(f)
                ? `'${f}`
                : f;
            }),
          );
          expect(back).toEqual(expected);
        },
      ),
      runs,
    );
  });
});
