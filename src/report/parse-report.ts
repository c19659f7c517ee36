import type { $ZodIssue } from 'zod/v4/core';
import { findDuplicateKey } from './json-duplicates.ts';
import type { Label } from './label.ts';
import { reportSchema, type Report } from './report-schema.ts';

/** One problem with a report file, located by its JSON path, explained in both languages. */
export interface ValidationError extends Label {
  /** `sections.applications.results.granted.total`; empty for the file as a whole. */
  readonly path: string;
  /** Where in the text, for errors of JSON syntax and duplicate keys. */
  readonly line?: number;
  readonly column?: number;
}

export type ParseResult =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function describe(value: unknown): Label {
  if (value === undefined) return { zh: '缺失（没有这一项）', en: 'nothing (the key is missing)' };
  if (value === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(value)) return { zh: '数组', en: 'an array' };
  switch (typeof value) {
    case 'object':
      return { zh: '对象', en: 'an object' };
    case 'boolean':
    case 'number': {
      const shown = String(value);
      return typeof value === 'boolean'
        ? { zh: `布尔值 ${shown}`, en: `a boolean (${shown})` }
        : { zh: `数字 ${shown}`, en: `a number (${shown})` };
    }
    case 'string': {
      // Only primitives are shown, cut short: a value can be huge or nested without end.
      const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
      return { zh: `文字 ${shown}`, en: `a string (${shown})` };
    }
    default:
      return { zh: typeof value, en: typeof value };
  }
}

const expectedNames: Record<string, Label> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '文字', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

function explain(issue: $ZodIssue, template: unknown): Label {
  const found = describe(issue.input);
  switch (issue.message) {
    case 'E_CELL':
      return {
        zh: `单元格应为数字、按原样填写的文字或 null（空白），实际是${found.zh}`,
        en: `A cell must be a number, a string as printed, or null (blank); found ${found.en}`,
      };
    case 'E_TEMPLATE': {
      const given = describe(template);
      return {
        zh: `template 应为 "2019" 或 "2021"，实际是${given.zh}`,
        en: `template must be "2019" or "2021"; found ${given.en}`,
      };
    }
    case 'E_SCHEMA_VERSION':
      return {
        zh: `schemaVersion 应为 1，实际是${found.zh}`,
        en: `schemaVersion must be 1; found ${found.en}`,
      };
    case 'E_ID':
      return {
        zh: `id 只能由小写字母、数字和连字符组成（它用在网址里），实际是${found.zh}`,
        en: `id may hold only lowercase letters, digits and hyphens (it is used in URLs); found ${found.en}`,
      };
    case 'E_DATE':
      return {
        zh: `日期应写作 YYYY-MM-DD 且真实存在，实际是${found.zh}`,
        en: `A date must be a real date written YYYY-MM-DD; found ${found.en}`,
      };
    case 'E_REQUIRED_TEXT':
      return { zh: '不能为空', en: 'must not be empty' };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { zh: '缺少必填项', en: 'This required key is missing' };
      {
        const expected = expectedNames[issue.expected] ?? {
          zh: issue.expected,
          en: issue.expected,
        };
        return {
          zh: `应为${expected.zh}，实际是${found.zh}`,
          en: `Expected ${expected.en}; found ${found.en}`,
        };
      }
    case 'invalid_value':
      return {
        zh: `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一，实际是${found.zh}`,
        en: `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${found.en}`,
      };
    case 'too_small':
      return {
        zh: `不能小于 ${String(issue.minimum)}，实际是${found.zh}`,
        en: `Must be at least ${String(issue.minimum)}; found ${found.en}`,
      };
    case 'too_big':
      return {
        zh: `不能大于 ${String(issue.maximum)}，实际是${found.zh}`,
        en: `Must be at most ${String(issue.maximum)}; found ${found.en}`,
      };
    case 'invalid_union':
      return {
        zh: `格式不符合任何一种允许的写法，实际是${found.zh}`,
        en: `Matches none of the allowed forms; found ${found.en}`,
      };
    default: {
      const where = typeof template === 'string' ? template : '?';
      return { zh: `格式不正确（模板 ${where}）：${issue.message}`, en: issue.message };
    }
  }
}

/** Turns zod's issues into located bilingual errors; an unknown key gets its own path. */
export function toValidationErrors(
  issues: readonly $ZodIssue[],
  input: unknown,
): ValidationError[] {
  const template =
    typeof input === 'object' && input !== null
      ? (input as { template?: unknown }).template
      : undefined;
  return issues.flatMap((issue): ValidationError[] => {
    if (issue.code === 'unrecognized_keys') {
      const where = typeof template === 'string' ? ` "${template}"` : '';
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        zh: `未知的键 "${key}"：模板${where}的这一处没有它（请检查拼写和 template）`,
        en: `Unknown key "${key}": template${where} has no such key here (check the spelling and the template)`,
      }));
    }
    return [{ path: formatPath(issue.path), ...explain(issue, template) }];
  });
}

/** Validates and normalises a parsed JSON value as a report. Never throws. */
export function parseReport(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const found = describe(input);
    return {
      ok: false,
      errors: [
        {
          path: '',
          zh: `报告文件应是一个 JSON 对象（{…}），实际是${found.zh}`,
          en: `A report file must be a JSON object ({…}); found ${found.en}`,
        },
      ],
    };
  }
  try {
    const result = reportSchema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, report: result.data };
    return { ok: false, errors: toValidationErrors(result.error.issues, input) };
  } catch (error) {
    // A value no schema anticipates (e.g. nested beyond the stack) is still an answer, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          path: '',
          zh: `无法校验这个文件：${detail}`,
          en: `This file cannot be validated: ${detail}`,
        },
      ],
    };
  }
}

export type JsonReading =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * The value a report file's text holds (UTF-8, with or without BOM), read once: not yet
 * validated. A key given twice in one object is an error (JSON.parse would keep one silently).
 */
export function readReportJson(text: string): JsonReading {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') {
    return { ok: false, errors: [{ path: '', zh: '文件是空的', en: 'The file is empty' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = locateJsonError(body, detail);
    return {
      ok: false,
      errors: [
        {
          path: '',
          zh: `不是有效的 JSON${where.zh}：${detail}`,
          en: `Not valid JSON${where.en}: ${detail}`,
          ...(where.line === undefined ? {} : { line: where.line, column: where.column }),
        },
      ],
    };
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate) {
    const where = duplicate.path ? `${duplicate.path}.${duplicate.key}` : duplicate.key;
    return {
      ok: false,
      errors: [
        {
          path: where,
          zh: `键 "${duplicate.key}" 在同一处出现了两次（第 ${duplicate.line} 行第 ${duplicate.column} 列）：不知道哪个值是对的，请只保留一个`,
          en: `The key "${duplicate.key}" appears twice in the same object (line ${duplicate.line}, column ${duplicate.column}): which value is meant is unclear; keep one`,
          line: duplicate.line,
          column: duplicate.column,
        },
      ],
    };
  }
  return { ok: true, value };
}

/** A report file's text, read and then validated. */
export function parseReportText(text: string): ParseResult {
  const json = readReportJson(text);
  return json.ok ? parseReport(json.value) : json;
}

/** Where JSON.parse stopped: engines say "position 31" or "line 3 column 8", or nothing. */
function locateJsonError(
  text: string,
  detail: string,
): Label & { readonly line?: number; readonly column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  const position = /position (\d+)/.exec(detail);
  let line: number;
  let column: number;
  if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else if (position) {
    const before = text.slice(0, Number(position[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  } else {
    return { zh: '', en: '' };
  }
  return {
    zh: `（第 ${line} 行第 ${column} 列）`,
    en: ` (line ${line}, column ${column})`,
    line,
    column,
  };
}
