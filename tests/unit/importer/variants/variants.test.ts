import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAccuracy } from '../cell-accuracy.ts';
import { importText } from '../import-file.ts';
import { realSources } from './real-sources.ts';
import {
  agencyNames,
  oneLineTitle,
  titleForms,
  type Variant,
  type VariantSpec,
  writeVariant,
} from './report-variants.ts';
import { isHtmlForm, tableForms, type TableForm } from './render-tables.ts';
import { tableCells } from '../cell-accuracy.ts';

// Every real fixture written again in the ways agencies and converters write reports, each
// variant importing to the hand-transcribed cells, the agency and the year.

const sources = realSources();

/** PDF text drops blank cells, so its form is for reports without any. */
const hasBlanks = (expected: unknown) => [...tableCells(expected).values()].includes(null);

async function expectSame(variant: Variant, expected: unknown) {
  const result = await importText(variant.fileName, variant.text);
  if (!result.ok) throw new Error(`${variant.name}: ${JSON.stringify(result.errors)}`);
  const accuracy = cellAccuracy(result.report, expected);
  expect({ variant: variant.name, wrong: accuracy.wrong.slice(0, 5) }).toEqual({
    variant: variant.name,
    wrong: [],
  });
  expect({
    variant: variant.name,
    agency: result.report.agency.name,
    year: result.report.year,
  }).toEqual({ variant: variant.name, agency: variant.agency, year: variant.year });
  return result;
}

const formsFor = (source: (typeof sources)[number]): TableForm[] =>
  tableForms.filter((f) => f !== 'pdf-lines' || !hasBlanks(source.expected));

describe.each(sources.map((s) => [s.name, s] as const))('variants of %s', (_name, source) => {
  it.each(formsFor(source))('tables as %s', async (tables) => {
    await expectSame(writeVariant(source, { title: 'line-above', tables }), source.expected);
  });

  it.each(titleForms.filter((t) => t !== 'page-title-only'))(
    'title %s, in text and in Markdown',
    async (title) => {
      const spec: VariantSpec = { title, tables: 'tabs', breaks: [5, 13] };
      await expectSame(writeVariant(source, spec), source.expected);
      await expectSame(writeVariant(source, { ...spec, tables: 'markdown' }), source.expected);
    },
  );

  it.each(titleForms)('title %s in a web page', async (title) => {
    await expectSame(
      writeVariant(source, { title, tables: 'html', breaks: [3, 11] }),
      source.expected,
    );
  });

  it.each(agencyNames)('named %s', async (agency) => {
    for (const title of ['line-above', 'one-line', 'year-first', 'signature-only'] as const) {
      await expectSame(
        writeVariant(source, { title, tables: 'markdown', agency }),
        source.expected,
      );
    }
  });
});

describe('random line breaks, names and encodings', () => {
  const source = fc.constantFrom(...sources);
  const name = fc.option(fc.constantFrom(...agencyNames), { nil: undefined });

  it('a title broken anywhere, over two or three lines, gives the same report', async () => {
    await fc.assert(
      fc.asyncProperty(
        source,
        name,
        fc.constantFrom<TableForm>('tabs', 'markdown', 'html', 'div-rows'),
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 2 }),
        async (s, agency, tables, breaks) => {
          const title = oneLineTitle(agency ?? s.agency, s.year);
          const cuts = breaks.map((b) => 1 + (b % (title.length - 1)));
          await expectSame(
            writeVariant(s, {
              title: 'broken',
              tables,
              breaks: cuts,
              ...(agency ? { agency } : {}),
            }),
            s.expected,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('PDF text lines with long labels broken anywhere give the same cells', async () => {
    const whole = sources.filter((s) => !hasBlanks(s.expected));
    expect(whole.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...whole),
        fc.nat({ max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (s, seed, share) => {
          // Labels of more than 8 characters, broken at least 4 in and 2 before the end.
          const breakLabel = (label: string) => {
            if (label.length <= 8 || (seed + label.length) % 3 === 0) return null;
            return 4 + Math.floor(share * (label.length - 6));
          };
          await expectSame(
            writeVariant(s, { title: 'line-above', tables: 'pdf-lines', render: { breakLabel } }),
            s.expected,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a Markdown table split by a page break anywhere gives the same cells', async () => {
    await fc.assert(
      fc.asyncProperty(source, fc.nat({ max: 25 }), async (s, splitAt) => {
        await expectSame(
          writeVariant(s, { title: 'one-line', tables: 'markdown-split', render: { splitAt } }),
          s.expected,
        );
      }),
      { numRuns: 30 },
    );
  });

  it('tables whose labels OCR lost are read by position, and the warnings say so', async () => {
    for (const s of sources) {
      const variant = writeVariant(s, { title: 'line-above', tables: 'markdown-no-labels' });
      const { warnings } = await expectSame(variant, s.expected);
      const byPosition = warnings.filter((w) => /were read by position: please check/.test(w.en));
      // Table 二 and table 三 (table 四's single row is read as it always is).
      expect(
        byPosition.map((w) => w.en.replace(/^The row labels of (.+?) could not.*$/, '$1')),
      ).toEqual(['the proactive disclosure table (二)', 'the applications table (三)']);
    }
  });

  it('every web-page form is HTML and every other form is not', () => {
    expect(tableForms.filter(isHtmlForm)).toEqual([
      'html',
      'html-th-repeated',
      'html-nested',
      'pre-tabs',
      'pre-markdown',
      'div-rows',
      'css-grid',
    ]);
  });
});
