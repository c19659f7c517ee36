import { readFile, stat } from 'node:fs/promises';
import { countBySeverity } from '../../src/checks/run-checks.ts';
import type { Finding } from '../../src/checks/finding.ts';
import { loadReportText } from '../../src/load/load-report.ts';
import type { Label } from '../../src/report/label.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Lang = 'zh' | 'en' | 'both';

/** The same limit as the importer's: a report is a few kilobytes; 20 MB is already absurd. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const USAGE = `usage: npm run check -- <report.json> [--lang zh|en|both] [--json]
  Validates a report file against the data format and prints its consistency findings.
  Exit status: 0 no errors, 1 errors found, 2 the file cannot be read, parsed or validated.`;

function message(text: Label, lang: Lang): string {
  if (lang === 'both') return `${text.zh} | ${text.en}`;
  return text[lang];
}

function formatFinding(f: Finding, lang: Lang): string {
  const label = f.status === 'not-assessable' ? 'n/a' : f.severity;
  return `${label.padEnd(7)} ${f.ruleId.padEnd(16)} ${f.cells[0] ?? ''}  ${message(f.message, lang)}`;
}

function readErrorMessage(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: 文件不存在 | no such file`;
    case 'EISDIR':
      return `${file}: 这是一个文件夹，不是报告文件 | this is a directory, not a report file`;
    case 'EACCES':
      return `${file}: 没有读取权限 | permission denied`;
    default:
      return `${file}: 无法读取 | cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The `check` command: returns the exit status instead of exiting, so tests can run it. */
export async function runCheckCommand(args: readonly string[], io: Output): Promise<number> {
  const lang = ((): Lang | null => {
    const i = args.indexOf('--lang');
    if (i === -1) return 'both';
    const value = args[i + 1];
    return value === 'zh' || value === 'en' || value === 'both' ? value : null;
  })();
  const json = args.includes('--json');
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  if (lang === null || files.length !== 1 || args.includes('--help')) {
    io.err(USAGE);
    return 2;
  }
  const file = files[0] as string;

  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_REPORT_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      io.err(
        `${file}: 文件有 ${mb} MB，超过 20 MB 的上限 | the file is ${mb} MB, over the 20 MB limit`,
      );
      return 2;
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(readErrorMessage(file, error));
    return 2;
  }

  const parsed = loadReportText(text);
  if (!parsed.ok) {
    io.err(`${file}: 不是有效的报告文件 | not a valid report file`);
    for (const e of parsed.errors) io.err(`  ${e.path || '(file)'}: ${message(e, lang)}`);
    return 2;
  }

  const { findings } = parsed;
  const counts = countBySeverity(findings.filter((f) => f.status === 'failed'));
  const notAssessable = findings.filter((f) => f.status === 'not-assessable').length;
  if (json) {
    io.out(
      JSON.stringify({ file, id: parsed.report.id, counts, notAssessable, findings }, null, 2),
    );
  } else {
    io.out(
      `${file}: ${parsed.report.agency.name} ${parsed.report.year} (template ${parsed.report.template})`,
    );
    for (const f of findings) io.out(formatFinding(f, lang));
    io.out(
      `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes, ${notAssessable} not assessable`,
    );
  }
  return counts.error > 0 ? 1 : 0;
}
