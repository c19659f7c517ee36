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
