import * as z from 'zod/mini';
import {
  otherHandling2021Schema,
  otherHandlingSingleSchema,
  otherHandlingSplitSchema,
  reportSchema,
} from '../../src/report/report-schema.ts';

function inputSchemaOf(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return rest;
}

/** The published JSON Schema of the report file, as formatted text. */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(reportSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      // The 2021 （六）其他处理 is parsed by a key-directed transform; publish it as the union it is.
      if (ctx.zodSchema === otherHandling2021Schema) {
        ctx.jsonSchema.anyOf = [
          inputSchemaOf(otherHandlingSplitSchema),
          inputSchemaOf(otherHandlingSingleSchema),
        ];
      }
    },
  });
  const published = {
    $schema: schema.$schema,
    $id: 'https://xxgk-dashboard.invalid/schema/report.schema.json',
    title: '政府信息公开工作年度报告 (xxgk-dashboard report format, schemaVersion 1)',
    description:
      'One annual government information disclosure report. Cells are numbers, strings as printed, or null (blank). See docs/data-format.md.',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
