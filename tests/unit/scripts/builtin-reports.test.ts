import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildBuiltinReport,
  builtinSources,
  reportFileText,
} from '../../../scripts/lib/builtin-reports.ts';
import { loadReport } from '../../../src/load/load-report.ts';
import { parseIndex } from '../../../src/report/report-index.ts';
import { projectFile } from '../../builders.ts';
import { cellAccuracy } from '../importer/cell-accuracy.ts';

const shipped = (name: string) => readFileSync(projectFile(`public/data/reports/${name}`), 'utf8');

describe('the built-in real reports', () => {
  it.each(builtinSources.map((s) => [s.id, s] as const))(
    '%s: building it again from its source gives the file shipped',
    async (id, spec) => {
      const built = await buildBuiltinReport(spec, projectFile('.'));
      if (!built.ok) throw new Error(built.errors.join('\n'));
      expect(reportFileText(built.file)).toBe(shipped(`${id}.json`));
    },
  );

  it.each(['hongze-district-gov-2023', 'hongze-district-gov-2024', 'huaian-city-gov-2024'])(
    '%s: every table cell as transcribed by hand from the PDF, and the note on its source',
    (id) => {
      const file = JSON.parse(shipped(`${id}.json`)) as {
        agency: { name: string };
        source: { file: string; note: string };
      };
      const expected = JSON.parse(
        readFileSync(projectFile(`tests/fixtures/corpus/${id}.expected.json`), 'utf8'),
      ) as { agency: { name: string } };
      const accuracy = cellAccuracy(file, expected);
      expect(accuracy.expected).toBeGreaterThan(180);
      expect(accuracy.wrong).toEqual([]);
      expect(file.agency.name).toBe(expected.agency.name);
      expect(file.source.file).toBe(`${id}.pdftext.txt`);
      expect(file.source.note).toContain(`${id}.pdf`);
      expect(file.source.note).toMatch(/no PDF importer yet/);
    },
  );

  it('are listed in index.json beside the seed, which stays the default', () => {
    const read = parseIndex(shipped('index.json'));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.index.default).toBe('liaocheng-nyncj-2020');
    expect(read.index.reports.map((r) => r.id).sort()).toEqual(
      [
        'liaocheng-nyncj-2020',
        'huaian-city-gov-2024',
        'hongze-district-gov-2023',
        'hongze-district-gov-2024',
        'jinhu-county-gov-2023',
      ].sort(),
    );
    for (const entry of read.index.reports) {
      const loaded = loadReport(JSON.parse(shipped(entry.file)));
      if (!loaded.ok) throw new Error(`${entry.file}: ${JSON.stringify(loaded.errors)}`);
      expect([loaded.report.id, loaded.report.agency.name, loaded.report.year]).toEqual([
        entry.id,
        entry.agency,
        entry.year,
      ]);
      expect(loaded.report.template).toBe(entry.template);
    }
  });
});
