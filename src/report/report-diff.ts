import type { RawCell } from './cell.ts';
import type { Label } from './label.ts';
import type { Report } from './report-schema.ts';
import { sectionLabels, textSectionKeys } from './table-layout.ts';
import { allApplicationRows, appealRows, proactiveRows, type CellRef } from './table-rows.ts';

// What changed from one version of a report to the next, cell by cell: each table cell whose
// printed value differs, each field of the report's head, each text section.

export interface Change {
  /** `sections.applications.results.granted.total`, `agency.name`, `sections.overview`. */
  readonly path: string;
  readonly label: Label;
  readonly kind: 'cell' | 'field' | 'text';
  /** The value before and after, as printed (a text section: its paragraph count). */
  readonly before: RawCell;
  readonly after: RawCell;
}

const fields: readonly { path: string; label: Label; of: (r: Report) => RawCell }[] = [
  { path: 'agency.name', label: { zh: '机关名称', en: 'Agency' }, of: (r) => r.agency.name },
  {
    path: 'agency.region',
    label: { zh: '地区', en: 'Region' },
    of: (r) => r.agency.region ?? null,
  },
  { path: 'agency.level', label: { zh: '层级', en: 'Level' }, of: (r) => r.agency.level ?? null },
  { path: 'year', label: { zh: '统计年度', en: 'Year' }, of: (r) => r.year },
  { path: 'template', label: { zh: '表格格式', en: 'Table format' }, of: (r) => r.template },
  {
    path: 'publishedOn',
    label: { zh: '发布日期', en: 'Published on' },
    of: (r) => r.publishedOn ?? null,
  },
  { path: 'title', label: { zh: '标题', en: 'Title' }, of: (r) => r.title ?? null },
];

const cellsOf = (report: Report): Map<string, CellRef> =>
  new Map(
    [...proactiveRows(report), ...allApplicationRows(report), ...appealRows(report)]
      .flatMap((row) => row.cells)
      .map((c) => [c.path, c]),
  );

const texts = (report: Report) => [
  {
    path: 'preamble',
    label: { zh: '前言', en: 'Preamble' },
    paragraphs: report.preamble?.paragraphs ?? [],
  },
  ...textSectionKeys.map((key) => ({
    path: `sections.${key}`,
    label: sectionLabels[key],
    paragraphs: report.sections[key].paragraphs,
  })),
];

/** Every difference between two versions of a report, in the order of the report. */
export function diffReports(before: Report, after: Report): Change[] {
  const changes: Change[] = [];
  for (const field of fields) {
    const [a, b] = [field.of(before), field.of(after)];
    if (a !== b) changes.push({ ...field, kind: 'field', before: a, after: b });
  }
  const textAfter = texts(after);
  texts(before).forEach((text, i) => {
    const next = textAfter[i];
    if (!next || next.paragraphs.join('\n') === text.paragraphs.join('\n')) return;
    changes.push({
      path: text.path,
      label: text.label,
      kind: 'text',
      before: text.paragraphs.length,
      after: next.paragraphs.length,
    });
  });
  const old = cellsOf(before);
  const now = cellsOf(after);
  // The cells of either version, in the printed order of the later one (a template changed
  // only on a new report, where the earlier version's cells then follow).
  for (const path of new Set([...now.keys(), ...old.keys()])) {
    const a = old.get(path)?.cell.raw ?? null;
    const b = now.get(path)?.cell.raw ?? null;
    if (a === b) continue;
    const ref = (now.get(path) ?? old.get(path)) as CellRef;
    changes.push({ path, label: ref.label, kind: 'cell', before: a, after: b });
  }
  return changes;
}
