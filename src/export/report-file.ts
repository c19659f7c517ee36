import type { Report, ReportFile } from '../report/report-schema.ts';

const CELL_KEYS = new Set(['raw', 'value', 'unit', 'approx', 'notApplicable']);

/** A normalised cell: `{ raw, value, … }` and nothing else (see src/report/cell.ts). */
function isCell(node: object): node is { raw: unknown } {
  const keys = Object.keys(node);
  return keys.includes('raw') && keys.includes('value') && keys.every((k) => CELL_KEYS.has(k));
}

function toFileNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toFileNode);
  if (typeof node !== 'object' || node === null) return node;
  if (isCell(node)) return node.raw;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toFileNode(v)]));
}

/**
 * The report back in the data format: every normalised cell becomes its `raw` value, the form
 * the file held. Normalising keeps `raw` exactly, so `parseReport(toReportFile(r))` gives `r`
 * again; rows the file left out come back as rows of nulls, which mean the same.
 */
export function toReportFile(report: Report): ReportFile {
  return toFileNode(report) as ReportFile;
}

/** The report file's text: pretty-printed JSON, as people read and diff it. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(toReportFile(report), null, 2)}\n`;
}
