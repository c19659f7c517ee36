import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { ImportIssue } from '../../src/importer/import-issue.ts';
import { MAX_BYTES, tooLarge } from '../../src/importer/import-report.ts';
import { importAndLoad, type ImportOutcome } from '../../src/load/import-and-load.ts';
import type { MetadataOverrides } from '../../src/importer/report-metadata.ts';
import type { Label } from '../../src/report/label.ts';
import { templates, type Template } from '../../src/report/table-layout.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Lang = 'zh' | 'en' | 'both';

const USAGE = `usage: npm run import -- <files or folders…> [-o <dir>] [--verbose] [--lang zh|en|both]
                         [--agency <name>] [--year <year>] [--template 2019|2021]
  Reads published annual reports (PDF, text, PDF-extracted text, Markdown, HTML, Word .docx, JSON)
  and writes one report file in the data format per report into <dir> (default ./imported).
  A folder is read with its subfolders, for files ending in .txt .md .html .shtml .docx .json .pdf …
  What the importer had to guess (agency, year, template, date) is a warning.
  --agency, --year and --template replace what is read, for every file of the run.
  --verbose lists each warning with where it is in the file.
  Exit status: 0 all imported, 1 some file failed, 2 wrong usage.`;

/** The files a folder may hold reports in (an old .doc too: it gets its own message). */
const REPORT_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.htm',
  '.html',
  '.shtml',
  '.xhtml',
  '.docx',
  '.doc',
  '.json',
  '.pdf',
]);

interface Options {
  inputs: string[];
  outDir: string;
  verbose: boolean;
  lang: Lang;
  overrides: MetadataOverrides;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = {
    inputs: [],
    outDir: 'imported',
    verbose: false,
    lang: 'both',
    overrides: {},
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => args[++i];
    if (arg === '-o' || arg === '--out') {
      const dir = value();
      if (!dir) return `${arg} needs a folder`;
      options.outDir = dir;
    } else if (arg.startsWith('--out=')) options.outDir = arg.slice(6);
    else if (arg === '-v' || arg === '--verbose') options.verbose = true;
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en' && lang !== 'both') return '--lang is zh, en or both';
      options.lang = lang;
    } else if (arg === '--agency') {
      const agency = value()?.trim();
      if (!agency) return '--agency needs a name';
      options.overrides = { ...options.overrides, agency };
    } else if (arg === '--year') {
      const year = Number(value());
      if (!Number.isInteger(year) || year < 2000 || year > 2100) return '--year needs a year';
      options.overrides = { ...options.overrides, year };
    } else if (arg === '--template') {
      const template = value();
      if (!(templates as readonly (string | undefined)[]).includes(template)) {
        return '--template is 2019 or 2021';
      }
      options.overrides = { ...options.overrides, template: template as Template };
    } else if (arg === '-h' || arg === '--help') return '';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  return options.inputs.length === 0 ? 'no files or folders given' : options;
}

function say(text: Label, lang: Lang): string {
  return lang === 'both' ? `${text.zh} | ${text.en}` : text[lang];
}

function where(issue: ImportIssue): string {
  const at = issue.location;
  if (!at) return '';
  if (at.page !== undefined) return `page ${at.page}${at.line ? `, line ${at.line}` : ''}: `;
  if (at.line !== undefined) return `line ${at.line}${at.column ? `:${at.column}` : ''}: `;
  return at.path ? `${at.path}: ` : '';
}

async function filesOf(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map(async (e) => {
        const full = join(path, e.name);
        if (e.isDirectory()) return filesOf(full);
        return REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()) ? [full] : [];
      }),
  );
  return nested.flat().sort();
}

function readError(error: unknown): Label {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file or folder' };
    case 'EACCES':
      return { zh: '没有读取权限', en: 'permission denied' };
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return { zh: `无法读取（${detail}）`, en: `cannot be read (${detail})` };
    }
  }
}

async function importPath(path: string, overrides: MetadataOverrides): Promise<ImportOutcome> {
  const size = (await stat(path)).size;
  if (size > MAX_BYTES) return { ok: false, errors: [tooLarge(size)] };
  return importAndLoad({ name: path, bytes: new Uint8Array(await readFile(path)), overrides });
}

/** A path as short as it can be said: relative to here unless it lies elsewhere. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || isAbsolute(near) ? path : near;
}

interface Tally {
  imported: number;
  withWarnings: number;
  failed: number;
}

/** The `import` command: returns the exit status instead of exiting, so tests can run it. */
export async function runImportCommand(args: readonly string[], io: Output): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    if (options) io.err(`${options}\n`);
    io.err(USAGE);
    return 2;
  }
  const { lang, outDir, verbose } = options;
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    io.err(`${outDir}: ${say(readError(error), lang)}`);
    return 2;
  }

  const tally: Tally = { imported: 0, withWarnings: 0, failed: 0 };
  const ids = new Set<string>();
  const fail = (path: string, text: Label) => {
    tally.failed += 1;
    io.out(`${path}: failed: ${say(text, lang)}`);
  };

  for (const input of options.inputs) {
    let files: string[];
    try {
      files = (await stat(input)).isDirectory() ? await filesOf(input) : [input];
    } catch (error) {
      fail(input, readError(error));
      continue;
    }
    if (files.length === 0) {
      fail(input, {
        zh: '文件夹中没有报告文件（.txt .html .docx .json 等）',
        en: 'the folder holds no report files (.txt .html .docx .json …)',
      });
      continue;
    }
    for (const file of files) {
      let result: ImportOutcome;
      try {
        result = await importPath(file, options.overrides);
      } catch (error) {
        fail(file, readError(error));
        continue;
      }
      if (!result.ok) {
        const [first, ...rest] = result.errors;
        fail(
          file,
          first
            ? { zh: where(first) + first.zh, en: where(first) + first.en }
            : { zh: '?', en: '?' },
        );
        for (const e of rest) io.out(`  ${where(e)}${say(e, lang)}`);
        continue;
      }
      let id = result.file.id;
      for (let n = 2; ids.has(id); n++) id = `${result.file.id}-${n}`;
      ids.add(id);
      const target = join(outDir, `${id}.json`);
      try {
        await writeFile(target, `${JSON.stringify({ ...result.file, id }, null, 2)}\n`);
      } catch (error) {
        fail(file, readError(error));
        continue;
      }
      tally.imported += 1;
      const count = result.warnings.length;
      if (count > 0) tally.withWarnings += 1;
      const status = count === 0 ? 'ok' : `ok, ${count} warning${count === 1 ? '' : 's'}`;
      const how = [result.format, result.encoding].filter(Boolean).join(', ');
      io.out(`${file}: ${status} (${how}) → ${shown(target)}`);
      if (verbose) for (const w of result.warnings) io.out(`  ${where(w)}${say(w, lang)}`);
    }
  }

  const total = tally.imported + tally.failed;
  io.out(
    `${total} file${total === 1 ? '' : 's'}: ${tally.imported} imported (${tally.withWarnings} with warnings), ${tally.failed} failed; report files in ${outDir}`,
  );
  return tally.failed > 0 ? 1 : 0;
}
