import { isBlankText } from '../../report/spaces.ts';
import { sectionLabels, type SectionKey, type Template } from '../../report/table-layout.ts';
import type { Label } from '../../report/label.ts';
import { assembleRows } from './assemble-rows.ts';
import type { SearchArea } from './fill-rows.ts';
import { type Sections, sectionKeys } from './find-sections.ts';
import { type ImportIssue, type SourceLocation, issue } from '../import-issue.ts';
import { readApplications, readAppeals, readProactive } from './read-tables.ts';
import { applicationSpecs, matchAllRowLabels } from './row-labels.ts';
import { type Block, type RowBlock, blockText } from '../source-document.ts';
import { excerptOf } from '../import-issue.ts';

const TABLE_NAMES = {
  proactive: { zh: '主动公开政府信息情况表（二）', en: 'the proactive disclosure table (二)' },
  applications: {
    zh: '收到和处理政府信息公开申请情况表（三）',
    en: 'the applications table (三)',
  },
  appeals: {
    zh: '行政复议、行政诉讼情况表（四）',
    en: 'the reconsideration and litigation table (四)',
  },
} as const;

type TableKey = keyof typeof TABLE_NAMES;

const printed = (heading: Block): string => excerptOf(blockText(heading));

/** Where blocks lie: pages in a PDF ("第 3–4 页"), else lines ("第 12–40 行"). */
function span(blocks: readonly Block[]): Label | null {
  const pages = blocks.flatMap((b) => (b.location.page === undefined ? [] : [b.location.page]));
  if (pages.length > 0) {
    const first = Math.min(...pages);
    const last = Math.max(...pages);
    return first === last
      ? { zh: `第 ${first} 页`, en: `page ${first}` }
      : { zh: `第 ${first}–${last} 页`, en: `pages ${first}–${last}` };
  }
  const lines = blocks.flatMap((b) => (b.location.line === undefined ? [] : [b.location.line]));
  if (lines.length === 0) return null;
  const first = lines.reduce((a, b) => Math.min(a, b));
  const last = lines.reduce((a, b) => Math.max(a, b));
  return { zh: `第 ${first}–${last} 行`, en: `lines ${first}–${last}` };
}

/**
 * The blocks a table is read from: its section, or, when its heading is missing, the
 * section before (where its content then lies).
 */
function tableArea(
  sections: Sections,
  key: TableKey,
  all: readonly Block[],
): { blocks: readonly Block[]; area: SearchArea; own: boolean } {
  const own = sections.sections.get(key);
  const label = sectionLabels[key];
  if (own) {
    const lines = span(own.blocks);
    const location: SourceLocation = own.heading.location;
    return {
      blocks: own.blocks,
      own: true,
      area: {
        table: TABLE_NAMES[key],
        location,
        zh: `“${printed(own.heading)}”之下${lines ? `，${lines.zh}` : ''}`,
        en: `under "${printed(own.heading)}"${lines ? `, ${lines.en}` : ''}`,
      },
    };
  }
  const before = sectionKeys
    .slice(0, sectionKeys.indexOf(key))
    .reverse()
    .map((k) => sections.sections.get(k))
    .find((s) => s !== undefined);
  const blocks = before ? before.blocks : all;
  const lines = span(blocks);
  return {
    blocks,
    own: false,
    area: {
      table: TABLE_NAMES[key],
      location: before?.heading.location ?? {},
      zh: `${before ? `“${printed(before.heading)}”之下` : '全文'}${lines ? `，${lines.zh}` : ''}（没有找到“${label.zh}”的标题）`,
      en: `${before ? `under "${printed(before.heading)}"` : 'in the whole file'}${lines ? `, ${lines.en}` : ''}, as "${label.zh}" has no heading`,
    },
  };
}

export function readTableSections(sections: Sections, template: Template, all: readonly Block[]) {
  const at = (key: TableKey) => {
    const { blocks, area, own } = tableArea(sections, key, all);
    return { rows: assembleRows(blocks), area, own };
  };
  const p = at('proactive');
  const a = at('applications');
  const q = at('appeals');
  const proactive = readProactive(p.rows, template, p.area);
  const applications = readApplications(a.rows, template, a.area);
  const appeals = readAppeals(q.rows, q.area, q.own);
  const scrambled = labelsApart(a.rows, template);
  return {
    proactive: proactive.value,
    applications: applications.value,
    appeals: appeals.value,
    /** What to do about the whole file, to say before anything else. */
    hint: scrambled,
    warnings: [...proactive.warnings, ...applications.warnings, ...appeals.warnings],
  };
}

const LABELS_APART = 3;

/**
 * A hint for text whose tables came out with their columns apart (`pdftotext` without
 * `-layout`): many rows' labels run together before a run of values, so a line holds the
 * labels of three rows or more.
 */
function labelsApart(rows: readonly RowBlock[], template: Template): ImportIssue | null {
  const specs = applicationSpecs(template).filter((s) => !s.group);
  const at = rows.find((row) => {
    const label = row.cells[0]?.text ?? '';
    return new Set(matchAllRowLabels(label, specs)).size >= LABELS_APART;
  });
  if (!at) return null;
  return issue(
    '表格的行标签和数值不在同一行：提取文字时表格的各列被分开了（例如 pdftotext 不加 -layout）。请用 pdftotext -layout 或 -raw 重新提取后再导入，否则很多单元格会留空',
    "The tables' row labels and values are not on the same lines: the text extraction pulled the table's columns apart (as pdftotext does without -layout). Extract the text again with pdftotext -layout or -raw and import that; otherwise many cells are left blank",
    at.location,
  );
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** A warning per missing heading, and one saying the file looks cut short when it ends early. */
export function missingSectionWarnings(sections: Sections, all: readonly Block[]): ImportIssue[] {
  const warnings: ImportIssue[] = [];
  const found = sectionKeys.filter((k) => sections.sections.has(k));
  const lastFound =
    found.length > 0 ? sectionKeys.indexOf(found[found.length - 1] as SectionKey) : -1;
  const missing = sectionKeys.filter((k) => !sections.sections.has(k));
  const cutOff = missing.filter((k) => sectionKeys.indexOf(k) > lastFound);
  for (const key of missing) {
    if (cutOff.includes(key)) continue;
    warnings.push(
      issue(
        `没有找到“${sectionLabels[key].zh}”这一部分的标题，这一部分留空或并入了前一部分`,
        `The heading of "${sectionLabels[key].zh}" was not found; the section is left empty or its content is in the section before`,
      ),
    );
  }
  if (cutOff.length > 0) {
    const names = cutOff.map((k) => NUMERALS[sectionKeys.indexOf(k)]).join('、');
    const last = [...all].reverse().find((b) => !isBlankText(blockText(b)));
    warnings.push(
      issue(
        `报告不完整：文件在${lastFound >= 0 ? `第${NUMERALS[lastFound]}部分` : '开头'}之后就结束了，第${names}部分都没有找到（文件可能被截断）；缺少的单元格留空`,
        `The report is incomplete: the file ends ${lastFound >= 0 ? `in section ${NUMERALS[lastFound]}` : 'before section 一'}, and section(s) ${names} were not found (the file may be truncated); the missing cells are left blank`,
        last?.location,
      ),
    );
  }
  return warnings;
}
