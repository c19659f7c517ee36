import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../../scripts/lib/check-command.ts';
import { buildReportFile, projectFile, setPath } from '../../builders.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCheckCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'xxgk-check-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run check', () => {
  it('prints the seed report findings one a line, with severity and path, and exits 1', async () => {
    const { status, out, err } = await run(
      projectFile('public/data/reports/liaocheng-nyncj-2020.json'),
      '--lang',
      'en',
    );
    expect(status).toBe(1);
    expect(err).toEqual([]);
    expect(out[0]).toContain('聊城市农业农村局 2020');
    expect(out).toContainEqual(
      expect.stringMatching(
        /^error\s+row-total\s+sections\.applications\.results\.granted\.total\s+.*blank/,
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/^n\/a\s+balance\s+sections\.applications\.received\.business/),
    );
    expect(out.at(-1)).toBe('2 errors, 24 warnings, 0 notes, 27 not assessable');
  });

  it('exits 0 on a report with no errors', async () => {
    const path = write('ok.json', JSON.stringify(buildReportFile('2021')));
    const { status, out } = await run(path);
    expect(status).toBe(0);
    expect(out.at(-1)).toBe('0 errors, 0 warnings, 0 notes, 0 not assessable');
  });

  it('exits 0 when there are warnings but no errors', async () => {
    const path = write(
      'warn.json',
      JSON.stringify(setPath(buildReportFile('2019'), 'sections.other.paragraphs', [])),
    );
    const { status, out } = await run(path, '--lang', 'zh');
    expect(status).toBe(0);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^warning\s+empty-section\s+sections\.other\s+六、其他需要报告的事项 没有内容$/,
      ),
    );
  });

  it('prints findings as JSON for programs', async () => {
    const { out } = await run(
      projectFile('public/data/reports/liaocheng-nyncj-2020.json'),
      '--json',
    );
    const parsed = JSON.parse(out.join('\n')) as { counts: { error: number }; findings: unknown[] };
    expect(parsed.counts.error).toBe(2);
    expect(parsed.findings).toHaveLength(53);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => write('empty.json', ''), /The file is empty/],
    ['not JSON', () => write('text.json', '二、主动公开政府信息情况'), /Not valid JSON/],
    [
      'a file over 20 MB',
      () => {
        const path = write('huge.json', '');
        truncateSync(path, 21 * 1024 * 1024);
        return path;
      },
      /over the 20 MB limit/,
    ],
    ['binary junk', () => write('junk.json', '\u0000\u00ff\u0001PK'), /Not valid JSON/],
    [
      'the wrong schema',
      () =>
        write(
          'wrong.json',
          JSON.stringify(
            setPath(buildReportFile(), 'sections.appeals.reconsideration.total', true),
          ),
        ),
      /sections\.appeals\.reconsideration\.total: .*A cell must be/,
    ],
  ])('%s: one clear message on stderr, exit 2, no stack trace', async (_name, file, message) => {
    const { status, out, err } = await run(file(), '--lang', 'en');
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('explains its usage when called wrongly', async () => {
    expect((await run()).err[0]).toMatch(/usage: npm run check -- <report.json>/);
    expect((await run('a.json', '--lang', 'fr')).status).toBe(2);
  });
});

/** valid-2021.json's next year, consistent with it by hand (see tests/unit/checks/cross-year.test.ts). */
function nextYear(change: (file: ReturnType<typeof buildReportFile>) => void = () => undefined) {
  const file = buildReportFile('2021');
  file.id = 'test-county-2023';
  file.year = 2023;
  setPath(file, 'sections.applications.carriedOver', {
    person: 10,
    business: 3,
    research: 0,
    nonprofit: 1,
    legal: 1,
    otherOrg: 0,
    total: 15,
  });
  setPath(file, 'sections.proactive.normativeDocuments', { issued: 4, repealed: 1, inForce: 90 });
  change(file);
  return file;
}

describe('npm run check on many files', () => {
  const first = () => write('first.json', JSON.stringify(buildReportFile('2021')));

  it('checks each file, then every two of one agency for consecutive years', async () => {
    const later = write('later.json', JSON.stringify(nextYear()));
    const { status, out } = await run(later, first(), '--lang', 'en');
    // The later year's own balance fails (its carry-over changed), not the rules across years.
    expect(out).toContainEqual(
      expect.stringMatching(
        /^across years: .*first\.json \(测试县人民政府 2022\) → .*later\.json \(测试县人民政府 2023\)$/,
      ),
    );
    expect(out).toContain('both rules hold');
    expect(out.at(-1)).toMatch(/^2 of 2 files checked, 1 pairs across years: /);
    expect(status).toBe(1);
  });

  it('prints a finding across years with the earlier file and its cells; errors exit 1', async () => {
    const later = write(
      'bad-later.json',
      JSON.stringify(
        nextYear((f) => setPath(f, 'sections.proactive.normativeDocuments.inForce', 91)),
      ),
    );
    const { status, out } = await run(first(), later, '--lang', 'en');
    expect(status).toBe(1);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^error\s+cross-year-in-force\s+sections\.proactive\.normativeDocuments\.inForce\s+.*should be 90 .*found 91\s+\[.*first\.json: sections\.proactive\.normativeDocuments\.inForce\]$/,
      ),
    );
  });

  it('gives programs the files and the pairs as JSON', async () => {
    const later = write('json-later.json', JSON.stringify(nextYear()));
    const { out } = await run(first(), later, '--json');
    const parsed = JSON.parse(out.join('\n')) as {
      files: { id: string }[];
      acrossYears: { earlier: { id: string }; later: { id: string }; findings: unknown[] }[];
    };
    expect(parsed.files.map((f) => f.id)).toEqual(['test-county-2022', 'test-county-2023']);
    expect(parsed.acrossYears).toEqual([
      expect.objectContaining({
        earlier: expect.objectContaining({ id: 'test-county-2022' }),
        later: expect.objectContaining({ id: 'test-county-2023' }),
        findings: [],
      }),
    ]);
  });

  it('a file that cannot be read: the others are still checked, and it exits 2', async () => {
    const { status, out, err } = await run(first(), join(dir, 'gone.json'), '--lang', 'en');
    expect(status).toBe(2);
    expect(err).toEqual([`${join(dir, 'gone.json')}: 文件不存在 | no such file`]);
    expect(out[0]).toMatch(/first\.json: 测试县人民政府 2022/);
    expect(out.at(-1)).toMatch(/^1 of 2 files checked, 0 pairs across years/);
  });
});

describe('npm run check, as a process', () => {
  it('runs through tsx, exits 1 on the seed report and 2 on a missing file, without a stack trace', () => {
    const seed = spawnSync(
      'npm',
      ['run', '--silent', 'check', '--', 'public/data/reports/liaocheng-nyncj-2020.json'],
      { encoding: 'utf8' },
    );
    expect(seed.status).toBe(1);
    expect(seed.stdout).toContain('2 errors, 24 warnings, 0 notes, 27 not assessable');
    const missing = spawnSync('npm', ['run', '--silent', 'check', '--', 'no/such/report.json'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('no/such/report.json: 文件不存在 | no such file');
  });
});
