import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse-report.ts';
import { cellAccuracy, percent } from './cell-accuracy.ts';
import { expectOk, importFile, readJson } from './import-file.ts';

// The seed report, Word saved as text, against its hand transcription: the whole file must
// come out the same (only the editor link `$schema` is the transcription's own addition).
describe('importing the seed report (Word saved as text)', () => {
  it('gives exactly the hand-transcribed report', async () => {
    const result = expectOk(await importFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'));
    const { $schema: _link, ...expected } = readJson(
      'public/data/reports/liaocheng-nyncj-2020.json',
    ) as Record<string, unknown>;
    expect(result.report).toEqual(expected);
    expect(result.format).toBe('text');
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings).toEqual([]);
    expect(parseReport(result.report).ok).toBe(true);
    const accuracy = cellAccuracy(result.report, expected);
    console.log(`seed liaocheng-nyncj-2020: ${percent(accuracy)}`);
    expect(accuracy.wrong).toEqual([]);
  });
});
