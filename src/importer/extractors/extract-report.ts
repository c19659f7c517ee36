import type { ReportFile } from '../../report/report-schema.ts';
import type { SectionKey, Template } from '../../report/table-layout.ts';
import { assembleRows } from './assemble-rows.ts';
import { detectTemplate } from './detect-template.ts';
import { type Sections, findSections } from './find-sections.ts';
import { type ImportIssue, issue } from '../import-issue.ts';
import { fullWidth, paragraphsOf } from './paragraphs.ts';
import { agencyLevel, agencyRegion } from './read-agency.ts';
import { templateByStructure } from './read-by-position.ts';
import { readHead } from './read-head.ts';
import {
  type MetaSources,
  readAgency,
  readPublished,
  readSignature,
  readYear,
  templateFromYear,
  titleOfPage,
} from './read-meta.ts';
import { missingSectionWarnings, readTableSections } from './read-sections.ts';
import { matchRowLabel, applicationSpecs, proactiveSpecs } from './row-labels.ts';
import { baseName, reportId } from './report-id.ts';
import type { FieldReading, MetadataOverrides, ReportMetadata } from '../report-metadata.ts';
import { type Block, type SourceDocument, blockText } from '../source-document.ts';

export type Extraction =
  | {
      readonly ok: true;
      readonly file: ReportFile;
      readonly warnings: readonly ImportIssue[];
      readonly metadata: ReportMetadata;
    }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

const notAReport = (): ImportIssue =>
  issue(
    '文件中根本没有年度报告：六个部分的标题（一、总体情况 …… 六、其他需要报告的事项）一个也没有，也没有年度报告的表格。这不像是一份完整的政府信息公开工作年度报告',
    'The file holds no report at all: none of the six section headings (一、总体情况 … 六、其他需要报告的事项) and none of the report tables. This does not look like a complete government information disclosure annual report',
  );

const tableBlocks = (sections: Sections): Block[] =>
  (['proactive', 'applications'] as const).flatMap(
    (key) => sections.sections.get(key)?.blocks ?? [],
  );

/** True when some line or row of the file names a row of the report's tables. */
function hasTableRows(blocks: readonly Block[]): boolean {
  const specs = [...proactiveSpecs('2021'), ...applicationSpecs('2021')].filter((s) => !s.group);
  const rows = assembleRows(blocks);
  return rows.some(
    (row) => row.cells.length > 1 && row.cells.some((c) => matchRowLabel(c.text, specs)),
  );
}

function readTemplate(
  sections: Sections,
  blocks: readonly Block[],
  year: number,
  overrides: MetadataOverrides,
): { field: FieldReading<Template> & { value: Template }; warnings: ImportIssue[] } {
  if (overrides.template) {
    return {
      field: { value: overrides.template, source: 'override', certain: true },
      warnings: [],
    };
  }
  const inTables = tableBlocks(sections);
  const byLabels = detectTemplate(
    (inTables.length > 0 ? inTables : blocks).map(blockText),
  ).template;
  if (byLabels)
    return { field: { value: byLabels, source: 'labels', certain: true }, warnings: [] };
  const proactive = sections.sections.get('proactive')?.blocks;
  const byStructure = proactive ? templateByStructure(assembleRows(proactive)) : null;
  if (byStructure) {
    return {
      field: { value: byStructure, source: 'structure', certain: false },
      warnings: [
        issue(
          `表格的表头无法识别，按主动公开表各行的数值个数判断为 ${byStructure} 年版格式，请核对`,
          `The tables' headers could not be read; the ${byStructure} format is taken from how many values each row of the proactive disclosure table has: please check`,
        ),
      ],
    };
  }
  const value = templateFromYear(year);
  return {
    field: { value, source: 'year', certain: false },
    warnings: [
      issue(
        `表格的行列标签不足以判断格式版本，按年度 ${year} 采用 ${value} 年版格式`,
        `The table labels do not tell the format version; the ${value} format is assumed from the year ${year}`,
      ),
    ],
  };
}

function textSection(
  sections: Sections,
  key: SectionKey,
  skip: ReadonlySet<Block>,
  wrapped: boolean,
  width: number,
): { paragraphs: string[] } {
  const blocks = (sections.sections.get(key)?.blocks ?? []).filter((b) => !skip.has(b));
  return { paragraphs: paragraphsOf(blocks, wrapped, width) };
}

/**
 * The report a source document holds, every cell it could not find left blank and warned
 * of. Agency, year, template and date are never a reason to refuse it: what is not printed
 * where it belongs is guessed from elsewhere, in the order docs/importer.md gives, and said
 * in a warning; `overrides` (the user's corrections) take the place of any of them.
 */
export function extractReport(
  doc: SourceDocument,
  fileName: string,
  overrides: MetadataOverrides = {},
): Extraction {
  const sections = findSections(doc.blocks);
  if (sections.sections.size === 0 && !hasTableRows(doc.blocks)) {
    return { ok: false, errors: [notAReport()] };
  }
  const allText = doc.blocks.map(blockText).join('\n');
  const textLines = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  const width = doc.wrapped ? fullWidth(textLines) : 0;
  const head = readHead(sections.head, doc.wrapped, width);
  const signature = readSignature(doc.blocks);
  const overview = sections.sections.get('overview')?.blocks ?? [];
  const sources: MetaSources = {
    head,
    signature,
    ...(doc.documentTitle ? { pageTitle: doc.documentTitle } : {}),
    allText,
    opening: [...head.preamble, ...overview.slice(0, 12).map(blockText)].join('\n'),
    fileName,
    headBlocks: sections.head,
  };

  const agency = readAgency(sources, overrides);
  const published = readPublished(sources, overrides, doc.blocks);
  const publishedOn = published.field.value ?? undefined;
  const year = readYear(sources, publishedOn, overrides);
  const template = readTemplate(sections, doc.blocks, year.field.value, overrides);
  const warnings: ImportIssue[] = [
    ...agency.warnings,
    ...year.warnings,
    ...template.warnings,
    ...published.warnings,
  ];
  warnings.push(...missingSectionWarnings(sections, doc.blocks));
  const finalTemplate = template.field.value;
  const tables = readTableSections(sections, finalTemplate, doc.blocks);
  warnings.push(...tables.warnings);
  if (tables.hint) warnings.unshift(tables.hint);

  const name = agency.field.value;
  const region = agencyRegion(name, allText, head.preamble.join('\n'));
  const level = agencyLevel(name);
  const skip = signature.blocks;
  const text = (key: SectionKey) => textSection(sections, key, skip, doc.wrapped, width);
  // A page's <title> stands in for a printed title only when it names a report.
  const pageTitle =
    titleOfPage(doc.documentTitle) ??
    (doc.documentTitle && /报告/.test(doc.documentTitle) ? doc.documentTitle : undefined);
  const title = head.titleText ?? pageTitle;
  const report = {
    schemaVersion: 1,
    id: reportId(fileName, name, year.field.value),
    agency: { name, ...(region ? { region } : {}), ...(level ? { level } : {}) },
    year: year.field.value,
    template: finalTemplate,
    ...(publishedOn ? { publishedOn } : {}),
    source: { file: baseName(fileName) },
    ...(title ? { title } : {}),
    ...(head.preamble.length > 0 ? { preamble: { paragraphs: [...head.preamble] } } : {}),
    sections: {
      overview: text('overview'),
      proactive: tables.proactive,
      applications: tables.applications,
      appeals: tables.appeals,
      problems: text('problems'),
      other: text('other'),
    },
  } as ReportFile;

  const metadata: ReportMetadata = {
    agency: agency.field,
    year: year.field,
    template: template.field,
    publishedOn: published.field,
  };
  return { ok: true, file: report, warnings, metadata };
}
