import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportText } from '../../src/report/parse-report.ts';
import { applicantColumns, sectionLabels } from '../../src/report/table-layout.ts';
import { allApplicationRows, type RowRef } from '../../src/report/table-rows.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const printed = (raw: unknown) => (raw === null || raw === undefined ? '' : String(raw));

function row(r: RowRef): string {
  const label = [...r.groups, r.label].map((l) => l.zh).join(' / ');
  const cells = r.cells.map((c) => `<td>${escape(printed(c.cell.raw))}</td>`).join('');
  return `<tr><th scope="row">${escape(label)}</th>${cells}</tr>`;
}

/**
 * The floor for the load-time ratio: the embedded report's applications table (表三) as a
 * static page, its numbers already in the HTML, the app's own stylesheets, no JavaScript.
 * It is built here from the same report file the app loads, with the same `#applications
 * table` the bench waits for, so the two pages show the same thing.
 */
export function floorPage(dist: string, reportFile: string): string {
  const parsed = parseReportText(readFileSync(reportFile, 'utf8'));
  if (!parsed.ok) throw new Error(`${reportFile}: ${parsed.errors[0]?.en ?? 'invalid'}`);
  const { report } = parsed;
  // The app's stylesheet, as its index.html has it (linked, or in the page itself): the same
  // CSS to fetch (or not) and apply.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const styles = html.match(/<link rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>/g) ?? [];
  if (styles.length === 0) throw new Error('dist/index.html has no stylesheet');
  const header = applicantColumns.map((c) => `<th scope="col">${escape(c.zh)}</th>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escape(report.agency.name)} ${report.year} · floor page</title>
${styles.join('\n')}
</head>
<body>
<main class="page">
<h1>${escape(sectionLabels.applications.zh)}</h1>
<div id="applications" class="dt">
<table class="dt-table">
<caption>收到和处理政府信息公开申请情况</caption>
<thead><tr><th scope="col">项目</th>${header}</tr></thead>
<tbody>
${allApplicationRows(report).map(row).join('\n')}
</tbody>
</table>
</div>
</main>
</body>
</html>
`;
}
