import { readFile, stat } from 'node:fs/promises';
import { countBySeverity } from '../../src/checks/run-checks.ts';
import { runCrossChecks, yearPairs } from '../../src/checks/run-cross-checks.ts';
import type { CrossReportFinding, Finding } from '../../src/checks/finding.ts';
import { loadReportText, type LoadedReport } from '../../src/load/load-report.ts';
import type { Label } from '../../src/report/label.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Lang = 'zh' | 'en' | 'both';

/** The same limit as the importer's: a report is a few kilobytes; 20 MB is already absurd. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const USAGE = `usage: npm run check -- <report.json> [more.json …] [--lang zh|en|both] [--json]
  Validates each report file against the data format and prints its consistency findings,
  then checks every two of them that are one agency's reports for consecutive years
  (this year's 上年结转 = last year's 结转下年度; 现行有效件数 carried on).
  Exit status: 0 no errors, 1 errors found, 2 a file cannot be read, parsed or validated.`;

function message(text: Label, lang: Lang): string {
  if (lang === 'both') return `${text.zh} | ${text.en}`;
  return text[lang];
}

function formatFinding(f: Finding, lang: Lang): string {
  const label = f.status === 'not-assessable' ? 'n/a' : f.severity;
  return `${label.padEnd(7)} ${f.ruleId.padEnd(21)} ${f.cells[0] ?? ''}  ${message(f.message, lang)}`;
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

type Checked = { readonly file: string } & LoadedReport;

/** Reads, validates and checks one file, printing what it finds; null when it cannot. */
async function checkFile(file: string, lang: Lang, io: Output): Promise<Checked | null> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_REPORT_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      io.err(
        `${file}: 文件有 ${mb} MB，超过 20 MB 的上限 | the file is ${mb} MB, over the 20 MB limit`,
      );
      return null;
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(readErrorMessage(file, error));
    return null;
  }
  const parsed = loadReportText(text);
  if (!parsed.ok) {
    io.err(`${file}: 不是有效的报告文件 | not a valid report file`);
    for (const e of parsed.errors) io.err(`  ${e.path || '(file)'}: ${message(e, lang)}`);
    return null;
  }
  return { file, report: parsed.report, findings: parsed.findings };
}

function tally(findings: readonly Finding[]) {
  return {
    counts: countBySeverity(findings.filter((f) => f.status === 'failed')),
    notAssessable: findings.filter((f) => f.status === 'not-assessable').length,
  };
}

const summary = ({ counts, notAssessable }: ReturnType<typeof tally>) =>
  `${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes, ${notAssessable} not assessable`;

function printReport(checked: Checked, lang: Lang, io: Output): void {
  const { file, report, findings } = checked;
  io.out(`${file}: ${report.agency.name} ${report.year} (template ${report.template})`);
  for (const f of findings) io.out(formatFinding(f, lang));
  io.out(summary(tally(findings)));
}

interface PairResult {
  readonly earlier: Checked;
  readonly later: Checked;
  readonly findings: readonly CrossReportFinding[];
}

/** Every two of the files that are one agency's reports for consecutive years, checked. */
function checkPairs(checked: readonly Checked[]): PairResult[] {
  const byReport = new Map(checked.map((c) => [c.report, c]));
  const cross = runCrossChecks(checked.map((c) => c.report));
  return yearPairs(checked.map((c) => c.report)).map(({ earlier, later }) => ({
    earlier: byReport.get(earlier) as Checked,
    later: byReport.get(later) as Checked,
    findings: cross.filter((f) => f.reportId === later.id && f.earlier.id === earlier.id),
  }));
}

function printPair(pair: PairResult, lang: Lang, io: Output): void {
  const name = (c: Checked) => `${c.file} (${c.report.agency.name} ${c.report.year})`;
  io.out(`across years: ${name(pair.earlier)} → ${name(pair.later)}`);
  for (const f of pair.findings) {
    io.out(`${formatFinding(f, lang)}  [${pair.earlier.file}: ${f.earlier.cells.join(', ')}]`);
  }
  io.out(pair.findings.length === 0 ? 'both rules hold' : summary(tally(pair.findings)));
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
  if (lang === null || files.length === 0 || args.includes('--help')) {
    io.err(USAGE);
    return 2;
  }

  const checked: Checked[] = [];
  let unreadable = false;
  for (const file of files) {
    const result = await checkFile(file, lang, io);
    if (result) checked.push(result);
    else unreadable = true;
  }
  const pairs = checkPairs(checked);
  const asJson = (c: Checked) => ({
    file: c.file,
    id: c.report.id,
    ...tally(c.findings),
    findings: c.findings,
  });

  if (json) {
    const [only] = checked;
    if (files.length === 1 && only) io.out(JSON.stringify(asJson(only), null, 2));
    else if (checked.length > 0) {
      io.out(
        JSON.stringify(
          {
            files: checked.map(asJson),
            acrossYears: pairs.map((p) => ({
              earlier: { file: p.earlier.file, id: p.earlier.report.id },
              later: { file: p.later.file, id: p.later.report.id },
              ...tally(p.findings),
              findings: p.findings,
            })),
          },
          null,
          2,
        ),
      );
    }
  } else {
    for (const c of checked) printReport(c, lang, io);
    for (const pair of pairs) printPair(pair, lang, io);
    if (files.length > 1) {
      const all = [...checked.flatMap((c) => c.findings), ...pairs.flatMap((p) => p.findings)];
      io.out(
        `${checked.length} of ${files.length} files checked, ${pairs.length} pairs across years: ${summary(tally(all))}`,
      );
    }
  }
  if (unreadable) return 2;
  const errors = [...checked.flatMap((c) => c.findings), ...pairs.flatMap((p) => p.findings)].some(
    (f) => f.status === 'failed' && f.severity === 'error',
  );
  return errors ? 1 : 0;
}
