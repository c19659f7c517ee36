import type { ReportFile } from '../../report/report-schema.ts';
import { isBlankText } from '../../report/spaces.ts';
import type { SectionKey, Template } from '../../report/table-layout.ts';
import { detectTemplate } from './detect-template.ts';
import { type Sections, findSections } from './find-sections.ts';
import { type ImportIssue, issue } from '../import-issue.ts';
import { fullWidth, paragraphsOf } from './paragraphs.ts';
import { agencyLevel, agencyRegion } from './read-agency.ts';
import { readHead } from './read-head.ts';
import { readAgencyName, readSignature, readYear, templateFromYear } from './read-meta.ts';
import { missingSectionWarnings, readTableSections } from './read-sections.ts';
import { baseName, reportId } from './report-id.ts';
import { type Block, type SourceDocument, blockText } from '../source-document.ts';

export type Extraction =
  | { readonly ok: true; readonly file: ReportFile; readonly warnings: readonly ImportIssue[] }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

const notAReport = (): ImportIssue =>
  issue(
    '找不到年度报告的结构：六个部分的标题（一、总体情况 …… 六、其他需要报告的事项）至多找到一个，表格的行列标签也看不出是哪一版格式。这不像是一份完整的政府信息公开工作年度报告',
    'The structure of an annual report was not found: at most one of the six section headings (一、总体情况 … 六、其他需要报告的事项), and no table labels that tell the format. This does not look like a complete government information disclosure annual report',
  );

function chooseTemplate(sections: Sections, blocks: readonly Block[]): Template | null {
  const inTables = (['proactive', 'applications'] as const).flatMap(
    (key) => sections.sections.get(key)?.blocks ?? [],
  );
  const guess = detectTemplate((inTables.length > 0 ? inTables : blocks).map(blockText));
  return guess.template;
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

/** The report a source document holds, every cell it could not find left blank and warned of. */
export function extractReport(doc: SourceDocument, fileName: string): Extraction {
  const sections = findSections(doc.blocks);
  const allText = doc.blocks.map(blockText).join('\n');
  const template = chooseTemplate(sections, doc.blocks);
  if (sections.sections.size < 2 && template === null) return { ok: false, errors: [notAReport()] };

  const textLines = doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  const width = doc.wrapped ? fullWidth(textLines) : 0;
  const head = readHead(sections.head, doc.wrapped, width);
  const signature = readSignature(doc.blocks);
  const warnings: ImportIssue[] = [];

  // A page's <title> stands in for a printed title only when it names a report.
  const pageTitle =
    doc.documentTitle && /报告/.test(doc.documentTitle) ? doc.documentTitle : undefined;
  const name = readAgencyName(head, signature, pageTitle);
  if (name === null) {
    return {
      ok: false,
      errors: [
        issue(
          '没有找到机关名称：报告开头（标题上方或标题中）和末尾署名处都没有',
          'The agency name was not found: neither at the top (above or in the title) nor in the signature at the end',
          doc.blocks[0]?.location,
        ),
      ],
    };
  }
  const publishedOn = signature.date?.iso;
  const year = readYear(allText, head, publishedOn);
  warnings.push(...year.warnings);
  if (year.year === null) {
    return {
      ok: false,
      errors: [
        issue(
          '没有找到报告年度：统计时限（如“统计时限为2020年1月1日至2020年12月31日”）、标题和文末日期中都没有',
          'The reporting year was not found: not in the reporting period ("统计时限为2020年1月1日至2020年12月31日"), the title or the date at the end',
          head.title?.location,
        ),
      ],
    };
  }
  const finalTemplate = template ?? templateFromYear(year.year);
  if (template === null) {
    warnings.push(
      issue(
        `表格的行列标签不足以判断格式版本，按年度 ${year.year} 采用 ${finalTemplate} 年版格式`,
        `The table labels do not tell the format version; the ${finalTemplate} format is assumed from the year ${year.year}`,
      ),
    );
  }
  if (!publishedOn) {
    const last = [...doc.blocks].reverse().find((b) => !isBlankText(blockText(b)));
    warnings.push(
      issue(
        '报告末尾没有找到发布日期，publishedOn 留空',
        'No publication date was found at the end of the report; publishedOn is left out',
        last?.location,
      ),
    );
  }
  warnings.push(...missingSectionWarnings(sections, doc.blocks));
  const tables = readTableSections(sections, finalTemplate, doc.blocks);
  warnings.push(...tables.warnings);

  const region = agencyRegion(name, allText, head.preamble.join('\n'));
  const level = agencyLevel(name);
  const skip = signature.blocks;
  const text = (key: SectionKey) => textSection(sections, key, skip, doc.wrapped, width);
  const title = head.titleText ?? pageTitle;
  const report = {
    schemaVersion: 1,
    id: reportId(fileName, name, year.year),
    agency: { name, ...(region ? { region } : {}), ...(level ? { level } : {}) },
    year: year.year,
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

  return { ok: true, file: report, warnings };
}
