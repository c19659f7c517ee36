import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFile, seedFile } from '../../builders.ts';

// The embedded report must be the seed as printed, cell for cell (spot checks of every kind).
describe('the embedded seed report', () => {
  const file = seedFile() as Record<string, unknown> & {
    sections: Record<string, Record<string, unknown>>;
  };
  const applications = file.sections.applications as Record<string, Record<string, unknown>>;

  it('keeps printed strings as printed and blanks as null', () => {
    expect(file.sections.proactive).toMatchObject({
      licensing: { previousYearItems: 0, change: '增3项', decisions: '6件' },
      otherServices: { previousYearItems: '-', change: 0, decisions: 0 },
      fees: { previousYearItems: '-', change: 0 },
      procurement: { projects: 31, amount: '537余万元' },
    });
    expect(applications.received).toEqual({
      person: 6,
      business: null,
      research: null,
      nonprofit: null,
      legal: null,
      otherOrg: null,
      total: 6,
    });
    expect(applications.results?.granted).toMatchObject({ person: 3, total: null });
    expect(applications.results?.total).toMatchObject({ person: 6, total: 6 });
    expect(file.sections.appeals).toMatchObject({
      reconsideration: { upheld: 0, total: 0 },
      litigationAfterReconsideration: {
        upheld: null,
        corrected: null,
        other: null,
        pending: null,
        total: null,
      },
    });
  });

  it('holds all six sections as text paragraphs, without the image placeholder', () => {
    const seedText = readFileSync(
      projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'),
      'utf8',
    );
    for (const key of ['overview', 'problems', 'other']) {
      const paragraphs = (file.sections[key] as { paragraphs: string[] }).paragraphs;
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) expect(seedText).toContain(p);
    }
    expect(JSON.stringify(file)).not.toMatch(/\[image|AALRAT/);
    expect(file.publishedOn).toBe('2021-01-23');
  });

  it('is listed in index.json, which names it the default', () => {
    const index = JSON.parse(
      readFileSync(projectFile('public/data/reports/index.json'), 'utf8'),
    ) as {
      default: string;
      reports: { id: string; file: string; year: number; template: string; agency: string }[];
    };
    expect(index.default).toBe('liaocheng-nyncj-2020');
    expect(index.reports).toContainEqual({
      id: 'liaocheng-nyncj-2020',
      agency: '聊城市农业农村局',
      year: 2020,
      template: '2019',
      file: 'liaocheng-nyncj-2020.json',
    });
  });
});
