import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { stSongLight, ucs2, writePdf } from './lib/fixture-pdf.ts';

// Writes the PDF fixtures of tests/fixtures/importer/pdf/:
// - the two HTML fixtures (both templates) printed to PDF by Chromium, as a reader saves a
//   report's web page: real embedded CJK fonts, tables that split across pages by themselves,
//   a running header and a page-number footer on every page; and the 2021 one on Letter paper
//   with wide margins (tall labels beside short rows);
// - an image-only PDF (screenshots of a printed report, no text layer), as a scan is;
// - a notice that is not a report;
// - a short report in a Chinese font that is not embedded (read through a CMap);
// - a report encrypted with a user password.
// Run: npx tsx scripts/gen-pdf-fixtures.ts  (Chromium at /usr/bin/chromium or CHROMIUM_PATH,
// with a CJK font installed).

const root = process.cwd();
const out = join(root, 'tests/fixtures/importer/pdf');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();

const margin = { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' };
const small = 'font-size:9px;width:100%;text-align:center;color:#555';

for (const name of ['donglin-county-2022', 'xihe-jyj-2020']) {
  await page.goto(pathToFileURL(join(root, `tests/fixtures/importer/html/${name}.shtml`)).href);
  const title = await page.title();
  await page.pdf({
    path: join(out, `${name}.pdf`),
    format: 'A4',
    margin,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}">${title}</div>`,
    footerTemplate: `<div style="${small}">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`,
  });
  console.log(`${name}.pdf: "${title}", printed by Chromium`);
}

// The 2021 report again on Letter paper with wide margins: its label column narrow, labels
// four lines tall beside one-line rows, cells without padding.
await page.goto(
  pathToFileURL(join(root, 'tests/fixtures/importer/html/donglin-county-2022.shtml')).href,
);
await page.pdf({
  path: join(out, 'donglin-county-2022-letter.pdf'),
  format: 'Letter',
  margin: { top: '40mm', bottom: '40mm', left: '35mm', right: '35mm' },
});
console.log('donglin-county-2022-letter.pdf: Letter, wide margins, narrow label column');

// A scan: the first two pages of a printed report as pictures, nothing else on the pages.
await page.setViewportSize({ width: 794, height: 1123 });
await page.goto(
  pathToFileURL(join(root, 'tests/fixtures/importer/html/donglin-county-2022.shtml')).href,
);
const shots: string[] = [];
for (const y of [0, 1123]) {
  const jpeg = await page.screenshot({
    type: 'jpeg',
    quality: 40,
    clip: { x: 0, y, width: 794, height: 1123 },
    fullPage: true,
  });
  shots.push(`data:image/jpeg;base64,${jpeg.toString('base64')}`);
}
await page.setContent(
  `<html><body style="margin:0">${shots.map((src) => `<img src="${src}" style="display:block;width:210mm;height:296mm;break-after:page">`).join('')}</body></html>`,
);
await page.pdf({ path: join(out, 'scanned-2-pages.pdf'), format: 'A4', printBackground: true });
console.log('scanned-2-pages.pdf: two pages of images');

await page.setContent(
  `<html lang="zh-CN"><head><title>关于召开2024年度工作会议的通知</title></head><body style="font-size:16px">
  <h1 style="text-align:center">关于召开2024年度工作会议的通知</h1>
  <p>各科室、各直属单位：</p>
  <p>经研究，定于2024年3月15日上午9时在局三楼会议室召开2024年度工作会议，请各单位主要负责同志准时参加。</p>
  <table border="1" style="border-collapse:collapse"><tr><th>议程</th><th>时间</th></tr>
  <tr><td>总结上年工作</td><td>9:00</td></tr><tr><td>部署本年任务</td><td>10:00</td></tr></table>
  <p style="text-align:right">办公室<br>2024年3月1日</p></body></html>`,
);
await page.pdf({ path: join(out, 'not-a-report.pdf'), format: 'A4', margin });
console.log('not-a-report.pdf: a meeting notice');
await browser.close();

// A short report in STSong-Light, not embedded: its text is read through the UniGB-UCS2-H CMap.
const reportLines = [
  '南山县统计局',
  '2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，南山县统计局依法公开统计信息，全年主动公开政府信息58条。',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '统计信息解读还不够通俗，下一步将增加图表解读。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
];
const content = reportLines
  .map((line, i) => `BT /F1 ${i < 2 ? 18 : 12} Tf 72 ${770 - i * 30} Td ${ucs2(line)} Tj ET`)
  .join('\n');
const cmapPdf = writePdf({
  fonts: { F1: stSongLight.font },
  extra: stSongLight.extra,
  pages: [{ content }],
});
writeFileSync(join(out, 'cjk-font-not-embedded.pdf'), cmapPdf);
console.log('cjk-font-not-embedded.pdf: STSong-Light, UniGB-UCS2-H, not embedded');

// The same report, but it opens only with a password.
writeFileSync(
  join(out, 'password-protected.pdf'),
  writePdf({
    fonts: { F1: stSongLight.font },
    extra: stSongLight.extra,
    pages: [{ content }],
    password: { user: 'xxgk', owner: 'xxgk-owner' },
  }),
);
console.log('password-protected.pdf: RC4 128-bit, user password "xxgk"');

// Each file opens in pdf.js as intended: a check on this script, not on the importer.
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const cMapUrl = join(root, 'node_modules/pdfjs-dist/cmaps/');
for (const [file, password] of [
  ['cjk-font-not-embedded.pdf', undefined],
  ['password-protected.pdf', 'xxgk'],
] as const) {
  const data = new Uint8Array(readFileSync(join(out, file)));
  const doc = await getDocument({ data, password, cMapUrl, isEvalSupported: false, verbosity: 0 })
    .promise;
  const text = (await (await doc.getPage(1)).getTextContent()).items
    .map((item) => ('str' in item ? item.str : ''))
    .join('');
  if (!text.includes('南山县统计局')) throw new Error(`${file} does not read back: ${text}`);
  await doc.destroy();
}
console.log('checked: both hand-written PDFs read back in pdf.js');
