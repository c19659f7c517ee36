import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/report/parse-report.ts';
import { runImportCommand } from '../../../scripts/lib/import-command.ts';
import { projectFile, seedFile } from '../../builders.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runImportCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

/** A folder of reports: good ones in both layouts and a .docx, and three that fail. */
function inputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-import-'));
  const reports = join(dir, 'reports');
  mkdirSync(join(reports, 'more'), { recursive: true });
  copyFileSync(
    projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'),
    join(reports, 'liaocheng-nyncj-2020.txt'),
  );
  copyFileSync(
    projectFile('tests/fixtures/importer/corpus/hongze-district-gov-2023.pdftext.txt'),
    join(reports, 'more', 'hongze-district-gov-2023.txt'),
  );
  copyFileSync(
    projectFile('tests/fixtures/importer/docx/xihe-jyj-2020.docx'),
    join(reports, 'xihe-jyj-2020.docx'),
  );
  copyFileSync(
    projectFile('tests/fixtures/corpus/huaian-city-gov-2024.pdf'),
    join(reports, 'huaian-city-gov-2024.pdf'),
  );
  writeFileSync(join(reports, 'scan.pdf'), '%PDF-1.4\n');
  writeFileSync(join(reports, 'empty.txt'), '');
  writeFileSync(join(reports, 'picture.png'), 'not looked at');
  return dir;
}

describe('npm run import', () => {
  it('imports a folder: a line per file, a summary, one report file per report, exit 1 when any failed', async () => {
    const dir = inputFolder();
    const outDir = join(dir, 'out');
    const { status, out, err } = await run(join(dir, 'reports'), '-o', outDir, '--lang', 'en');
    expect(err).toEqual([]);
    expect(status).toBe(1);
    const lines = out.map((line) => line.replace(`${dir}/`, ''));
    expect(lines).toEqual([
      'reports/empty.txt: failed: The file is empty',
      expect.stringMatching(
        /^reports\/huaian-city-gov-2024\.pdf: ok, 1 warning \(pdf\) → .*huaian-city-gov-2024\.json$/,
      ),
      expect.stringMatching(
        /^reports\/liaocheng-nyncj-2020\.txt: ok \(text, utf-8\) → .*liaocheng-nyncj-2020\.json$/,
      ),
      expect.stringMatching(
        /^reports\/more\/hongze-district-gov-2023\.txt: ok, 1 warning \(pdf-text, utf-8\) → .*hongze-district-gov-2023\.json$/,
      ),
      expect.stringMatching(/^reports\/scan\.pdf: failed: This PDF is damaged and cannot be read/),
      expect.stringMatching(/^reports\/xihe-jyj-2020\.docx: ok \(docx\) → .*xihe-jyj-2020\.json$/),
      '6 files: 4 imported (2 with warnings), 2 failed; report files in out',
    ]);
    expect(readdirSync(outDir).sort()).toEqual([
      'hongze-district-gov-2023.json',
      'huaian-city-gov-2024.json',
      'liaocheng-nyncj-2020.json',
      'xihe-jyj-2020.json',
    ]);
    const seed = JSON.parse(
      readFileSync(join(outDir, 'liaocheng-nyncj-2020.json'), 'utf8'),
    ) as Record<string, unknown>;
    const { $schema: _link, ...expected } = seedFile() as Record<string, unknown>;
    expect(seed).toEqual(expected);
    for (const name of readdirSync(outDir)) {
      expect(parseReport(JSON.parse(readFileSync(join(outDir, name), 'utf8'))).ok).toBe(true);
    }
  });

  it('exits 0 when every file imports, and lists warnings with their lines when asked', async () => {
    const dir = inputFolder();
    const file = join(dir, 'reports', 'more', 'hongze-district-gov-2023.txt');
    const { status, out } = await run(file, '--out', join(dir, 'o'), '--verbose', '--lang', 'zh');
    expect(status).toBe(0);
    expect(out[1]).toMatch(/^ {2}line 154:1: 报告末尾没有找到发布日期/);
    expect(out.at(-1)).toMatch(/^1 file: 1 imported \(1 with warnings\), 0 failed/);
    // A PDF's warnings point to a page and the line on it.
    const pdf = join(dir, 'reports', 'huaian-city-gov-2024.pdf');
    const fromPdf = await run(pdf, '--out', join(dir, 'p'), '--verbose', '--lang', 'en');
    expect(fromPdf.status).toBe(0);
    expect(fromPdf.out[1]).toMatch(/^ {2}page 6, line 13: No publication date was found/);
  });

  it('gives two reports with the same id two files', async () => {
    const dir = inputFolder();
    const seed = join(dir, 'reports', 'liaocheng-nyncj-2020.txt');
    const outDir = join(dir, 'o');
    await run(seed, seed, '-o', outDir);
    expect(readdirSync(outDir).sort()).toEqual([
      'liaocheng-nyncj-2020-2.json',
      'liaocheng-nyncj-2020.json',
    ]);
    const second = JSON.parse(
      readFileSync(join(outDir, 'liaocheng-nyncj-2020-2.json'), 'utf8'),
    ) as { id: string };
    expect(second.id).toBe('liaocheng-nyncj-2020-2');
  });

  it('says why a path cannot be read, and explains its usage when called wrongly', async () => {
    const dir = inputFolder();
    const missing = await run(join(dir, 'nope.txt'), '-o', join(dir, 'o'), '--lang', 'en');
    expect(missing.status).toBe(1);
    expect(missing.out[0]).toMatch(/nope\.txt: failed: no such file or folder$/);
    const empty = join(dir, 'nothing');
    mkdirSync(empty);
    expect((await run(empty, '-o', join(dir, 'o'), '--lang', 'en')).out[0]).toMatch(
      /holds no report files/,
    );
    const usage = await run();
    expect(usage.status).toBe(2);
    expect(usage.err.join('\n')).toMatch(
      /usage: npm run import -- <files or folders…> \[-o <dir>\]/,
    );
    expect((await run('x.txt', '--lang', 'fr')).status).toBe(2);
    expect((await run('x.txt', '-o')).status).toBe(2);
  });
});

describe('npm run import, with what it had to guess', () => {
  // The seed with its name taken out of the head and the signature: only the file name is left.
  function nameless(dir: string): string {
    const text = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8')
      .replace(/^聊城市农业农村局\n/, '')
      .replace(/\n聊城市农业农村局\n/, '\n')
      .replaceAll('聊城市农业农村局', '本机关');
    const file = join(dir, '农业农村局年报.txt');
    writeFileSync(file, text);
    return file;
  }

  it('imports a report without its name, says what it guessed from where, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-import-'));
    const file = nameless(dir);
    const { status, out } = await run(file, '-o', join(dir, 'o'), '--verbose', '--lang', 'zh');
    expect(status).toBe(0);
    expect(out[0]).toMatch(/: ok, 1 warning \(text, utf-8\)/);
    expect(out[1]).toBe(
      '  机关名称“农业农村局年报”取自文件名（机关名称的可靠来源中都没有找到），请核对或更正',
    );
    const [written] = readdirSync(join(dir, 'o'));
    const report = JSON.parse(readFileSync(join(dir, 'o', written as string), 'utf8')) as {
      agency: { name: string };
      year: number;
    };
    expect(report.agency.name).toBe('农业农村局年报');
    expect(report.year).toBe(2020);
  });

  it('--agency, --year and --template replace what is read, for every file of the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-import-'));
    const file = nameless(dir);
    const hongze = projectFile(
      'tests/fixtures/importer/corpus/hongze-district-gov-2023.pdftext.txt',
    );
    const outDir = join(dir, 'o');
    const { status, out } = await run(
      file,
      hongze,
      '-o',
      outDir,
      '--agency',
      '聊城市农业农村局',
      '--year',
      '2021',
      '--lang',
      'en',
    );
    expect(status).toBe(0);
    expect(out[0]).toMatch(/: ok \(text, utf-8\)/);
    const files = readdirSync(outDir).sort();
    expect(files).toHaveLength(2);
    for (const name of files) {
      const report = JSON.parse(readFileSync(join(outDir, name), 'utf8')) as {
        agency: { name: string };
        year: number;
      };
      expect(report.agency.name).toBe('聊城市农业农村局');
      expect(report.year).toBe(2021);
    }
    // A template given reads the tables by that template's rows.
    const as2019 = await run(hongze, '-o', join(dir, 't'), '--template', '2019', '--lang', 'en');
    expect(as2019.status).toBe(0);
    const [one] = readdirSync(join(dir, 't'));
    const report = JSON.parse(readFileSync(join(dir, 't', one as string), 'utf8')) as {
      template: string;
      sections: { proactive: Record<string, unknown> };
    };
    expect(report.template).toBe('2019');
    expect(Object.keys(report.sections.proactive)).toContain('procurement');
    expect((await run(hongze, '--agency')).status).toBe(2);
    expect((await run(hongze, '--year', 'abc')).status).toBe(2);
    expect((await run(hongze, '--template', '2020')).status).toBe(2);
  });
});

describe('npm run import, as a process', () => {
  it('runs through tsx, writes to ./imported by default, exits 1 on a failure, no stack trace', () => {
    const dir = inputFolder();
    const result = spawnSync(
      projectFile('node_modules/.bin/tsx'),
      [projectFile('scripts/import-reports.ts'), 'reports/empty.txt', 'reports/xihe-jyj-2020.docx'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('reports/empty.txt: failed: 文件是空的 | The file is empty');
    expect(result.stdout).toContain(
      'reports/xihe-jyj-2020.docx: ok (docx) → imported/xihe-jyj-2020.json',
    );
    expect(result.stdout).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(readdirSync(join(dir, 'imported'))).toEqual(['xihe-jyj-2020.json']);
  });
});
