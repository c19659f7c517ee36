import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../../scripts/lib/json-schema.ts';
import { parseReport } from '../../../src/report/parse-report.ts';
import { buildReportFile, projectFile, seedFile, setPath } from '../../builders.ts';

describe('public/schema/report.schema.json', () => {
  it('is what the zod schema generates now (run `npm run gen:schema` when this fails)', () => {
    expect(readFileSync(projectFile('public/schema/report.schema.json'), 'utf8')).toBe(
      buildJsonSchema(),
    );
  });

  it('describes both templates, the cell forms and the 2021 其他处理 union', () => {
    const schema = JSON.parse(buildJsonSchema()) as {
      oneOf: { properties: { template: { const: string } } }[];
    };
    expect(schema.oneOf.map((s) => s.properties.template.const)).toEqual(['2019', '2021']);
    const text = buildJsonSchema();
    expect(text).toContain('"type": [\n');
    expect(text).toContain('"noCorrection"');
    expect(text).toContain('"anyOf"');
  });
});

describe('the published JSON Schema, used by another program (ajv)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(buildJsonSchema()) as object);

  it.each([
    ['the seed report', () => seedFile()],
    ['a complete 2019 report', () => buildReportFile('2019')],
    ['a complete 2021 report', () => buildReportFile('2021')],
    [
      'a 2021 report with the single 其他处理 row',
      () =>
        setPath(buildReportFile('2021'), 'sections.applications.results.otherHandling', {
          person: 1,
        }),
    ],
  ])('accepts %s, as the app does', (_name, build) => {
    const file = build();
    expect(parseReport(file).ok).toBe(true);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a boolean cell', 'sections.applications.received.person', true],
    ['an unknown row', 'sections.proactive.procurement', { projects: 1 }],
    ['a bad id', 'id', 'Not An Id'],
    ['a bad template', 'template', '2020'],
  ])('rejects %s, as the app does', (_name, path, value) => {
    const file = setPath(buildReportFile('2021'), path, value);
    expect(parseReport(file).ok).toBe(false);
    expect(validate(file)).toBe(false);
  });
});
