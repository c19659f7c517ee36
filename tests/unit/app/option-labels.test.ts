import { describe, expect, it } from 'vitest';
import { optionLabel, type SwitcherEntry } from '../../../src/app/layout/option-labels.ts';

const optionLabels = (entries: SwitcherEntry[], nth: (n: number) => string) =>
  new Map(entries.map((e) => [e.id, optionLabel(e, entries, nth)]));

const entry = (id: string, file: string, savedAt?: string): SwitcherEntry => ({
  id,
  agency: '某某局',
  year: 2023,
  template: '2021',
  file,
  ...(savedAt ? { savedAt } : {}),
});
const nth = (n: number) => `第 ${n} 次导入`;

describe('the report switcher tells two saved reports of one agency and year apart', () => {
  it('by file name, then by when each was saved, then by which import it is', () => {
    const byFile = optionLabels(
      [entry('a', 'a.txt', '2026-01-01T10:00:00Z'), entry('b', 'b.html', '2026-01-01T10:00:00Z')],
      nth,
    );
    expect([...byFile.values()]).toEqual(['某某局 · 2023 · a.txt', '某某局 · 2023 · b.html']);
    const byTime = optionLabels(
      [entry('a', 'x.txt', '2026-01-01T10:00:00Z'), entry('b', 'x.txt', '2026-01-02T09:30:00Z')],
      nth,
    );
    expect([...byTime.values()]).toEqual([
      '某某局 · 2023 · 2026-01-01 10:00',
      '某某局 · 2023 · 2026-01-02 09:30',
    ]);
    const byCount = optionLabels(
      [entry('b', 'x.txt', '2026-01-01T10:00:02Z'), entry('a', 'x.txt', '2026-01-01T10:00:01Z')],
      nth,
    );
    expect(byCount.get('a')).toBe('某某局 · 2023 · 第 1 次导入');
    expect(byCount.get('b')).toBe('某某局 · 2023 · 第 2 次导入');
  });

  it('leaves a report alone when no other imported one shares its label (a built-in one is in its own group)', () => {
    const labels = optionLabels(
      [
        entry('seed', 'seed.json'),
        entry('x', 'x.txt', '2026-01-01T10:00:00Z'),
        { ...entry('y', 'y.txt', '2026-01-01T10:00:00Z'), year: 2022 },
      ],
      nth,
    );
    expect(labels.get('seed')).toBe('某某局 · 2023');
    expect(labels.get('x')).toBe('某某局 · 2023');
    expect(labels.get('y')).toBe('某某局 · 2022');
  });
});
