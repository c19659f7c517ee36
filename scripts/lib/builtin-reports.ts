import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { importAndLoad } from '../../src/load/import-and-load.ts';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { mapKirogovTables } from './kirogov-tables.ts';

// The built-in real reports besides the seed, each made from its published source (in
// data/sources/) by the project's own importer, or for 金湖县 by the hand-checked mapping of
// another tool's keys. `npm run build:reports` writes them to public/data/reports/; a test
// fails when building again no longer gives the files shipped there.

export type BuiltinSource =
  | {
      readonly id: string;
      readonly kind: 'pdf-text';
      /** In data/sources/. */
      readonly source: string;
      /** The published PDF the text was extracted from. */
      readonly published: string;
    }
  | {
      readonly id: string;
      readonly kind: 'kirogov-tables';
      readonly source: string;
      readonly region: string;
      readonly level: 'county';
    };

export const SOURCES_DIR = 'data/sources';
export const REPORTS_DIR = 'public/data/reports';
const SCHEMA_LINK = '../../schema/report.schema.json';

export const builtinSources: readonly BuiltinSource[] = [
  {
    id: 'huaian-city-gov-2024',
    kind: 'pdf-text',
    source: 'huaian-city-gov-2024.pdftext.txt',
    published: 'huaian-city-gov-2024.pdf',
  },
  {
    id: 'hongze-district-gov-2023',
    kind: 'pdf-text',
    source: 'hongze-district-gov-2023.pdftext.txt',
    published: 'hongze-district-gov-2023.pdf',
  },
  {
    id: 'hongze-district-gov-2024',
    kind: 'pdf-text',
    source: 'hongze-district-gov-2024.pdftext.txt',
    published: 'hongze-district-gov-2024.pdf',
  },
  {
    id: 'jinhu-county-gov-2023',
    kind: 'kirogov-tables',
    source: 'jinhu-county-gov-2023.tables.json',
    // Not in the source, which names only the agency: 金湖县 is a county of 淮安市.
    region: '淮安市金湖县',
    level: 'county',
  },
];

function pdfTextNote(published: string): string {
  return (
    `pypdf 从发布的 PDF（${published}）提取的文字，原样未改，由本项目的文本导入程序读入；本项目还没有 PDF 导入程序。` +
    ` | The text pypdf extracted from the published PDF (${published}), unedited, read by the project's text importer; the project has no PDF importer yet.`
  );
}

const KIROGOV_NOTE =
  '只有三张表格：另一工具（KIROGOVCOMPARE）解析出的数字，按人工核对的键名对照表（scripts/lib/kirogov-tables.ts）转换；正文未收录。' +
  " | The three tables only: the figures another tool (KIROGOVCOMPARE) parsed, mapped by a hand-checked key mapping (scripts/lib/kirogov-tables.ts); the report's text is not included.";

export type BuildResult =
  | { readonly ok: true; readonly file: ReportFile; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** One built-in report, made from its source as the command and the test both make it. */
export async function buildBuiltinReport(
  spec: BuiltinSource,
  root = process.cwd(),
): Promise<BuildResult> {
  const path = join(root, SOURCES_DIR, spec.source);
  const bytes = new Uint8Array(await readFile(path));
  if (spec.kind === 'kirogov-tables') {
    const mapped = mapKirogovTables(JSON.parse(new TextDecoder().decode(bytes)), {
      id: spec.id,
      region: spec.region,
      level: spec.level,
      source: { file: spec.source, note: KIROGOV_NOTE },
    });
    return mapped.ok ? { ...mapped, warnings: [] } : mapped;
  }
  const imported = await importAndLoad({ name: basename(path), bytes });
  if (!imported.ok) return { ok: false, errors: imported.errors.map((e) => e.en) };
  if (imported.file.id !== spec.id) {
    return { ok: false, errors: [`the importer gave the id ${imported.file.id}, not ${spec.id}`] };
  }
  const file: ReportFile = {
    $schema: SCHEMA_LINK,
    ...imported.file,
    source: { ...imported.file.source, note: pdfTextNote(spec.published) },
  };
  return { ok: true, file, warnings: imported.warnings.map((w) => w.en) };
}

/** A report file as shipped: two-space JSON and a final newline. */
export const reportFileText = (file: ReportFile): string => `${JSON.stringify(file, null, 2)}\n`;
