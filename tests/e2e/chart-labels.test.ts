import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// Issue 18, item 3: chart labels were cut ('Applicati… 6', '（一）予以… 3'), broken inside words
// ('(1) Di sclose d'), and the three charts of 依申请公开 squeezed into one row at 1366 px; the
// exported PNGs carried the same cut labels. Only a browser lays the text out, so only a
// browser can tell whether a label fits.

const SEED = 'liaocheng-nyncj-2020';
/** A 2021-format report with big figures and totals that do not add up (issue 18, item 4). */
const DONGLIN = 'donglin-county-2022';
const donglinFile = readFileSync(
  'tests/fixtures/importer/expected/donglin-county-2022.json',
  'utf8',
);
const CHARTS = ['applications-outcomes', 'applications-by-applicant', 'applications-flow'];
const out = join(tmpdir(), `xxgk-e2e-chart-labels-${process.pid}`);
const shots = 'reports/screenshots';

/** What is wrong with the labels drawn in an <svg>: cut, outside the drawing, or overlapping. */
function labelProblems(svg: SVGSVGElement, lang: string): string[] {
  const problems: string[] = [];
  const frame = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '') !== '');
  for (const text of texts) {
    const content = text.textContent ?? '';
    const box = text.getBoundingClientRect();
    if (content.includes('…')) problems.push(`cut: ${content}`);
    if (
      box.left < frame.left - 0.5 ||
      box.right > frame.right + 0.5 ||
      box.top < frame.top - 0.5 ||
      box.bottom > frame.bottom + 0.5
    ) {
      problems.push(`outside the drawing: ${content}`);
    }
    const lines = [...text.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
    // The full label: a tick's or node's <title>; a line ends where a word or character ends.
    const title = text.parentElement?.querySelector(':scope > title')?.textContent;
    if (lang === 'en' && title && lines.length > 1 && !title.startsWith(lines.join(' '))) {
      problems.push(`broken inside a word: ${lines.join(' | ')} (${title})`);
    }
    for (const line of lines.slice(1)) {
      if (/^[，。、；：）」》]/.test(line)) problems.push(`closing punctuation first: ${line}`);
    }
  }
  // Labels beside the drawing never run into one another.
  const labels = texts.filter((t) =>
    t.matches('.ch-tick text, .ch-sankey-label, .ch-donut-labels text'),
  );
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      const overlap =
        Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
        Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
      if (overlap) problems.push(`overlap: ${a.textContent} / ${b.textContent}`);
    }
  }
  return problems;
}

/** Serves the built-in report list with the donglin fixture added, as if it shipped. */
async function addDonglin(page: Page): Promise<void> {
  await page.route('**/data/reports/index.json', async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { reports: unknown[] };
    index.reports.push({
      id: DONGLIN,
      agency: '东林县人民政府',
      year: 2022,
      template: '2021',
      file: 'donglin.json',
    });
    await route.fulfill({ response, json: index });
  });
  await page.route('**/data/reports/donglin.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: donglinFile }),
  );
}

/** A section's charts, drawn, in `lang` (the language switch is remembered between pages). */
async function open(page: Page, lang: 'zh' | 'en', report = SEED, section = 'applications') {
  await page.goto(`${inject('baseUrl')}#/reports/${report}/${section}?view=chart`);
  await page.locator('h1').first().waitFor();
  if ((await page.locator('html').getAttribute('lang'))?.startsWith(lang) !== true) {
    // The header's language switch: its name is the language it switches to.
    await page
      .getByRole('button', { name: lang === 'zh' ? /中文|Chinese/ : /English|英文/ })
      .click();
    await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
  }
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.chart-placeholder').length === 0 &&
      document.querySelectorAll('.ch-figure').length > 0,
  );
  // Charts re-measure once on screen; let them settle.
  await page.waitForTimeout(300);
}

async function exported(page: Page, figure: Locator, item: RegExp): Promise<Buffer> {
  await figure.getByRole('button', { name: /^(导出|Export)/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: item }).click(),
  ]);
  const path = join(out, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path);
}

describe('chart labels in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 900 });
    await addDonglin(session.page);
    mkdirSync(out, { recursive: true });
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const width of [1366, 375]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`draws every label whole, inside its chart, at ${width} px in ${lang}`, async () => {
        const { page } = session;
        await page.setViewportSize({ width, height: 900 });
        let checked = 0;
        for (const report of [SEED, DONGLIN]) {
          for (const section of ['applications', 'publications', 'appeals']) {
            await open(page, lang, report, section);
            const drawings = page.locator('.ch-plot svg.recharts-surface');
            checked += await drawings.count();
            for (const drawing of await drawings.all()) {
              const problems = await drawing.evaluate(labelProblems, lang);
              expect(problems, `${report} ${section} at ${width} px, ${lang}`).toEqual([]);
            }
          }
        }
        // The seed's appeals are all 0: that section shows "nothing to chart" instead.
        expect(checked).toBeGreaterThanOrEqual(2 * 3 + 3 + 1);
        await open(page, lang);
        await page
          .locator('.chart-stack')
          .screenshot({ path: `${shots}/applications-charts-${width}-${lang}.png` });
      });
    }
  }

  it('gives the three charts of 依申请公开 room at 1366 px: never three in a row', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, 'zh');
    const boxes = await Promise.all(
      CHARTS.map(async (id) => (await page.locator(`#${id}`).boundingBox())!),
    );
    const rows = new Set(boxes.map((b) => Math.round(b.y)));
    expect(rows.size).toBeGreaterThan(1);
    for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(500);
  });

  for (const [width, lang] of [
    [375, 'en'],
    [1366, 'zh'],
  ] as const) {
    it(`exports images whose labels are whole and inside the image (${width} px, ${lang})`, async () => {
      const { page } = session;
      await page.setViewportSize({ width, height: 900 });
      await open(page, lang);
      for (const id of CHARTS) {
        const figure = page.locator(`#${id}`);
        const svg = (await exported(page, figure, /^(下载 SVG|Download SVG)/)).toString('utf8');
        expect(svg).not.toContain('…');
        // Drawn by the browser as a file would be: every text inside the image's bounds.
        const problems = await page.evaluate(
          ({ markup, lang }) => {
            const host = document.createElement('div');
            host.style.cssText = 'position:absolute;left:0;top:0';
            host.innerHTML = markup.replace(/^<\?xml[^>]*>\s*/, '');
            document.body.append(host);
            const drawn = host.querySelector('svg') as SVGSVGElement;
            const frame = drawn.getBoundingClientRect();
            const result = [...drawn.querySelectorAll('text')].flatMap((t) => {
              const box = t.getBoundingClientRect();
              const inside =
                box.left >= frame.left - 0.5 &&
                box.right <= frame.right + 0.5 &&
                box.top >= frame.top - 0.5 &&
                box.bottom <= frame.bottom + 0.5;
              return inside || t.textContent === '' ? [] : [`outside: ${t.textContent}`];
            });
            host.remove();
            return { result, lang };
          },
          { markup: svg, lang },
        );
        expect(problems.result, `${id} exported at ${width} px`).toEqual([]);

        const png = PNG.sync.read(await exported(page, figure, /^(下载 PNG|Download PNG)/));
        const [svgWidth, svgHeight] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [])
          .slice(1)
          .map(Number);
        expect([png.width, png.height]).toEqual([2 * svgWidth!, 2 * svgHeight!]);
        // Nothing runs off the image: its outermost columns are the white margin.
        for (const x of [0, 1, png.width - 2, png.width - 1]) {
          for (let y = 0; y < png.height; y += 1) {
            const i = (png.width * y + x) * 4;
            expect(png.data[i]! + png.data[i + 1]! + png.data[i + 2]!, `${id} x ${x}`).toBe(765);
          }
        }
      }
    });
  }

  // Item 4: an exported image says no more than the report, and marks what the app derived.
  it('exports the derived mark and the notes into the PNG and the SVG', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, 'zh');
    for (const id of ['applications-outcomes', 'applications-flow']) {
      const figure = page.locator(`#${id}`);
      const svg = (await exported(page, figure, /^下载 SVG/)).toString('utf8');
      expect(svg.replace(/<[^>]+>/g, '')).toContain('（一）予以公开 3*');
      const note =
        /<text x="16" y="(\d+)" font-size="12" fill="#1f2933">\* 推算值[^<]*<\/text>/.exec(svg);
      expect(note, id).not.toBeNull();
      // The note is drawn in the PNG where the SVG puts it: ink on its line, at 2×.
      const png = PNG.sync.read(await exported(page, figure, /^下载 PNG/));
      const baseline = 2 * Number(note?.[1]);
      let dark = 0;
      for (let y = baseline - 20; y <= baseline; y += 1) {
        for (let x = 32; x < 32 + 2 * 12 * 10; x += 1) {
          const i = (png.width * y + x) * 4;
          if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 128) dark += 1;
        }
      }
      expect(dark, id).toBeGreaterThan(100);
    }
  });
});
