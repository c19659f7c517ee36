import { type ImportIssue, issue } from './import-issue.ts';

const OWN_KEYS = ['schemaVersion', 'template', 'sections'];

/**
 * JSON of another tool (its own keys, none of the format's): one message saying so, with the
 * keys it has, rather than the validator's first complaint about one missing key.
 */
export function foreignJson(value: unknown): ImportIssue | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length < 2 || keys.some((key) => OWN_KEYS.includes(key))) return null;
  const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ' …' : '');
  return issue(
    `这不是本项目的报告数据格式：顶层没有 schemaVersion、template、sections 这些键，它的键是 ${shown}。如果这是另一个工具导出的数据，请导入报告原文（网页、Word、文本），或按 docs/data-format.md 转换`,
    `This is not this project's report data format: it has none of the keys schemaVersion, template and sections at its top, but ${shown}. If another tool wrote it, import the report as published (web page, Word, text) instead, or convert it as docs/data-format.md describes`,
  );
}
