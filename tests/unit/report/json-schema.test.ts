import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../../scripts/lib/json-schema.ts';
import { projectFile } from '../../builders.ts';

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
