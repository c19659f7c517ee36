import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { format, resolveConfig } from 'prettier';
import { fixtureDocx } from './lib/fixture-docx.ts';
import { fixtureHtml } from './lib/fixture-html.ts';
import { fixtureText } from './lib/fixture-text.ts';
import { bureauFixture, countyFixture } from './lib/fixture-reports.ts';

// Writes the importer's hand-made fixtures: each made-up report as a web page (one UTF-8
// with a layout table around it, one GB2312-declared page in GB18030 bytes) and as a .docx
// with merged cells and as the text a browser copies from the page, beside the report
// file the importer must give back.
// Run: npx tsx scripts/gen-importer-fixtures.ts

const dir = join(process.cwd(), 'tests/fixtures/importer');
for (const sub of ['html', 'docx', 'text', 'expected'])
  mkdirSync(join(dir, sub), { recursive: true });

for (const { fixture, expected } of [countyFixture(), bureauFixture()]) {
  const html = fixtureHtml(fixture, `${expected.agency.name}${expected.title ?? ''}`);
  const bytes =
    fixture.htmlEncoding === 'utf-8' ? Buffer.from(html, 'utf8') : iconv.encode(html, 'gb18030');
  // .shtml, as many government sites name their pages (and no formatter rewrites it).
  writeFileSync(join(dir, 'html', `${fixture.name}.shtml`), bytes);
  writeFileSync(join(dir, 'docx', `${fixture.name}.docx`), fixtureDocx(fixture));
  writeFileSync(join(dir, 'text', `${fixture.name}.txt`), fixtureText(fixture));
  const jsonPath = join(dir, 'expected', `${fixture.name}.json`);
  const options = { ...(await resolveConfig(jsonPath)), filepath: jsonPath };
  writeFileSync(jsonPath, await format(JSON.stringify(expected), options));
  console.log(`${fixture.name}: html, docx, text, expected`);
}
