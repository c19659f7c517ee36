import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { ImportInput } from '../../src/importer/import-report.ts';
import { importAndLoad } from '../../src/load/import-and-load.ts';
import type { ImportResult } from '../../src/importer/import-issue.ts';

const CORPUS = 'tests/fixtures/importer/corpus';
const SEED_TEXT = 'tests/fixtures/seed/liaocheng-nyncj-2020.txt';

/** The corpus texts (pdftotext output of published reports) and the seed report's text. */
export function corpusFiles(): ImportInput[] {
  const names = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(CORPUS, name));
  return [...names, SEED_TEXT].map((name) => ({ name, bytes: readFileSync(name) }));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Names for the generated agencies' places: two of these characters, 256 names in all.
const PLACE = '东西南北中安平和兴华新长永定河山';

/** The same report under another place's agency: no two generated files alike, all readable. */
function renamed(text: string, agency: string, n: number): string {
  const place = `${PLACE[n % 16]}${PLACE[Math.floor(n / 16) % 16]}`;
  return agency ? text.split(agency).join(`${place}${agency.slice(2)}`) : text;
}

interface Source {
  readonly text: string;
  readonly charset: 'utf8' | 'gbk';
  readonly agency: string;
}

/** The files to vary, decoded, with the agency the importer reads from each; unreadable ones left out. */
async function sources(names: readonly string[]): Promise<Source[]> {
  const read = await Promise.all(
    names.map(async (name) => {
      const bytes = readFileSync(name);
      const result = await importAndLoad({ name, bytes });
      const charset = result.ok && result.encoding && /gb/i.test(result.encoding) ? 'gbk' : 'utf8';
      const text = charset === 'gbk' ? iconv.decode(bytes, 'gbk') : decoder.decode(bytes);
      return result.ok ? [{ text, charset, agency: result.report.agency.name } as Source] : [];
    }),
  );
  return read.flat();
}

const encode = (text: string, charset: 'utf8' | 'gbk') =>
  charset === 'gbk' ? new Uint8Array(iconv.encode(text, 'gbk')) : encoder.encode(text);

/** The n-th of a list, round and round. */
function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('nothing to generate report files from');
  return item;
}

const filesIn = (dir: string) => readdirSync(dir).map((name) => join(dir, name));

/**
 * A batch of report files as people bring them: 40% JSON in the data format (the embedded
 * report and both template fixtures), 45% text (the corpus and seed texts and the importer's
 * text fixtures, one in four of them saved in GBK), 15% web pages (the HTML fixtures, one in
 * GB2312); each under another place's agency name.
 */
export async function generateBatch(count: number): Promise<ImportInput[]> {
  const json = [
    'public/data/reports/liaocheng-nyncj-2020.json',
    'tests/fixtures/reports/valid-2019.json',
    'tests/fixtures/reports/valid-2021.json',
  ].map((name) => readFileSync(name, 'utf8'));
  const texts = await sources([
    ...corpusFiles().map((f) => f.name),
    ...filesIn('tests/fixtures/importer/text'),
  ]);
  const pages = await sources(filesIn('tests/fixtures/importer/html'));

  const files: ImportInput[] = [];
  for (let n = 0; n < count; n += 1) {
    const kind = n % 20;
    if (kind < 8) {
      const file = JSON.parse(pick(json, n)) as { id: string; agency: { name: string } };
      file.id = `bench-${n}`;
      file.agency.name = renamed(file.agency.name, file.agency.name, n);
      files.push({ name: `report-${n}.json`, bytes: encoder.encode(JSON.stringify(file)) });
    } else if (kind < 17) {
      const source = pick(texts, n);
      const text = renamed(source.text, source.agency, n);
      files.push({ name: `report-${n}.txt`, bytes: encode(text, kind % 4 === 0 ? 'gbk' : 'utf8') });
    } else {
      const source = pick(pages, n);
      const page = renamed(source.text, source.agency, n);
      files.push({ name: `report-${n}.html`, bytes: encode(page, source.charset) });
    }
  }
  return files;
}

export interface BatchResult {
  readonly files: number;
  readonly imported: number;
  readonly seconds: number;
  /** Highest resident set size and JS heap while importing, bytes, and before it. */
  readonly peakRss: number;
  readonly peakHeap: number;
  readonly baseRss: number;
  readonly baseHeap: number;
}

/**
 * Imports every file, one after another as the Import page does, keeping every result (the
 * page keeps them all for the reader to review), sampling memory after each file.
 */
export async function importBatch(files: readonly ImportInput[]): Promise<BatchResult> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const results: ImportResult[] = [];
  const start = performance.now();
  for (const file of files) {
    results.push(await importAndLoad(file));
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    files: files.length,
    imported: results.filter((r) => r.ok).length,
    seconds,
    peakRss,
    peakHeap,
    baseRss: base.rss,
    baseHeap: base.heapUsed,
  };
}

/** Imports the corpus in rounds for at least two seconds and five rounds; files a second. */
export async function corpusRate(): Promise<{ files: number; imported: number; rate: number }> {
  const files = corpusFiles();
  let imported = 0;
  let done = 0;
  const start = performance.now();
  for (let round = 0; round < 5 || performance.now() - start < 2000; round += 1) {
    for (const file of files) {
      if ((await importAndLoad(file)).ok && round === 0) imported += 1;
      done += 1;
    }
  }
  return { files: files.length, imported, rate: done / ((performance.now() - start) / 1000) };
}

export interface PdfRate {
  readonly files: number;
  readonly imported: number;
  /** Reports a second over the rounds after the first. */
  readonly rate: number;
  /** The first PDF of the process: pdf.js loaded, the first fonts parsed. */
  readonly firstMs: number;
  /** The 6-page report (淮安市 2024), median of the rounds after the first. */
  readonly sixPageMs: number;
}

const PDF_CORPUS = 'tests/fixtures/corpus';
const SIX_PAGES = 'huaian-city-gov-2024.pdf';

/** Imports the three corpus PDFs in rounds for at least two seconds and five rounds. */
export async function pdfRate(): Promise<PdfRate> {
  const files = readdirSync(PDF_CORPUS)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => ({ name: join(PDF_CORPUS, name), bytes: readFileSync(join(PDF_CORPUS, name)) }));
  const time = async (file: ImportInput) => {
    const start = performance.now();
    const ok = (await importAndLoad(file)).ok;
    return { ok, ms: performance.now() - start };
  };
  const sixPages = files.find((f) => f.name.endsWith(SIX_PAGES)) as ImportInput;
  const first = await time(sixPages);
  let imported = 0;
  let done = 0;
  const six: number[] = [];
  const start = performance.now();
  for (let round = 0; round < 5 || performance.now() - start < 2000; round += 1) {
    for (const file of files) {
      const { ok, ms } = await time(file);
      if (ok && round === 0) imported += 1;
      if (file === sixPages) six.push(ms);
      done += 1;
    }
  }
  six.sort((a, b) => a - b);
  return {
    files: files.length,
    imported,
    rate: done / ((performance.now() - start) / 1000),
    firstMs: first.ms,
    sixPageMs: six[Math.floor(six.length / 2)] ?? Number.NaN,
  };
}

/**
 * Runs one measurement in a fresh Node process (`--expose-gc`), so that its memory figures
 * are the importer's alone, not the browser driver's (and a PDF's first import is a first).
 */
export function runInChild<T>(mode: 'batch' | 'corpus' | 'pdf', count = 1000): T {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), mode, String(count)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`import bench (${mode}) failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, count] = process.argv.slice(2);
  const result =
    mode === 'corpus'
      ? await corpusRate()
      : mode === 'pdf'
        ? await pdfRate()
        : await importBatch(await generateBatch(Number(count)));
  process.stdout.write(JSON.stringify(result));
}
