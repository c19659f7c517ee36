import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/load/load-report.ts';
import { blankReport } from '../../../src/report/blank-report.ts';
import { nationalLayout } from '../../../src/report/national-layout.ts';
import { templates } from '../../../src/report/table-layout.ts';

describe('blankReport', () => {
  for (const template of templates) {
    it(`gives the ${template} template's tables all blank, loading once the agency is named`, () => {
      const file = blankReport(template, new Date('2025-03-01'));
      expect(file.year).toBe(2024);
      const unnamed = loadReport(file);
      expect(unnamed.ok ? [] : unnamed.errors.map((e) => e.path)).toEqual(['agency.name']);
      const named = loadReport({ ...file, agency: { name: '某县人民政府' } });
      if (!named.ok) throw new Error(JSON.stringify(named.errors));
      expect(named.report.template).toBe(template);
      const cells = nationalLayout(named.report).flatMap((t) =>
        t.blocks.flatMap((b) => b.body.flat().flatMap((c) => (c.kind === 'value' ? [c] : []))),
      );
      expect(cells.length).toBeGreaterThan(50);
      expect(cells.every((c) => c.ref.cell.raw === null)).toBe(true);
      // Nothing is wrong with a blank report but that it is blank: no errors.
      expect(named.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});
