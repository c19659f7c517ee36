import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/checks/run-checks.ts';
import { findDuplicateKey } from '../../../src/report/json-duplicates.ts';
import { parseReportText } from '../../../src/report/parse-report.ts';
import { buildReportFile, setPath } from '../../builders.ts';

// Each bad input gets an answer (a report or located errors), never an exception.
const text = (file: unknown) => JSON.stringify(file);
const errorsOf = (input: string) => {
  const result = parseReportText(input);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
};

describe('bad JSON report files', () => {
  it('a key given twice is reported with where, not silently overwritten', () => {
    const input = text(buildReportFile()).replace('"year":2020', '"year":2020,\n"year":2019');
    const [error] = errorsOf(input);
    expect(error?.path).toBe('year');
    expect(error?.en).toMatch(/appears twice .*line 2, column 1/);
  });

  it('a duplicate deep inside names its path', () => {
    const input = text(buildReportFile()).replace('"person":', '"person":1,"person":');
    expect(errorsOf(input)[0]?.path).toBe('sections.applications.received.person');
  });

  it('nesting 10,000 deep: an answer, not a stack overflow', () => {
    expect(errorsOf('['.repeat(10_000) + ']'.repeat(10_000))[0]?.en).toMatch(
      /must be a JSON object/,
    );
    const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expect(errorsOf(deepObject)[0]?.path).toBe('template');
    const deepCell = text(buildReportFile()).replace(
      '"person":6',
      `"person":${'['.repeat(5000)}${']'.repeat(5000)}`,
    );
    expect(parseReportText(deepCell).ok).toBe(false);
  });

  it('__proto__ and constructor keys are unknown keys, and pollute nothing', () => {
    const input = text(buildReportFile()).replace(
      '"schemaVersion"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"schemaVersion"',
    );
    expect(errorsOf(input).map((e) => e.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const inCell = text(buildReportFile()).replace('"received":{', '"received":{"__proto__":5,');
    expect(errorsOf(inCell)[0]?.path).toBe('sections.applications.received.__proto__');
  });

  it.each([
    ['NaN', (t: string) => t.replace('"year":2020', '"year":NaN')],
    ['Infinity', (t: string) => t.replace('"year":2020', '"year":Infinity')],
    ['a trailing comma', (t: string) => `${t.slice(0, -1)},}`],
    ['a truncated file', (t: string) => t.slice(0, t.length / 2)],
  ])('%s is not JSON, and says so', (_name, spoil) => {
    expect(errorsOf(spoil(text(buildReportFile())))[0]?.en).toMatch(/^Not valid JSON/);
  });

  it('numbers as strings are read as printed; negatives, fractions and 1e308 are reported by the checks', () => {
    const file = buildReportFile('2021');
    setPath(file, 'sections.applications.received.legal', '3');
    setPath(file, 'sections.applications.received.otherOrg', -2);
    setPath(file, 'sections.applications.received.research', 0.5);
    setPath(file, 'sections.appeals.reconsideration.total', 1e308);
    const result = parseReportText(text(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.sections.applications.received.legal).toEqual({ raw: '3', value: 3 });
    const whole = runChecks(result.report).filter((f) => f.ruleId === 'whole-number');
    expect(whole.map((f) => f.cells[0]).sort()).toEqual([
      'sections.applications.received.otherOrg',
      'sections.applications.received.research',
    ]);
    expect(
      runChecks(result.report).some((f) => f.cells[0] === 'sections.appeals.reconsideration.total'),
    ).toBe(true);
  });

  it('a byte-order mark is fine; an unknown template and a 2021 row in a 2019 report are located', () => {
    expect(parseReportText(`\ufeff${text(buildReportFile())}`).ok).toBe(true);
    expect(errorsOf(text(setPath(buildReportFile(), 'template', '2024')))[0]?.path).toBe(
      'template',
    );
    const mixed = setPath(buildReportFile('2019'), 'sections.proactive.rules', { issued: 1 });
    expect(errorsOf(text(mixed))[0]).toMatchObject({ path: 'sections.proactive.rules.issued' });
  });
});

describe('findDuplicateKey', () => {
  it('ignores equal keys in different objects and keys inside strings', () => {
    expect(findDuplicateKey('{"a":{"x":1},"b":{"x":2},"c":"\\"a\\":1,\\"a\\":2"}')).toBeNull();
    expect(findDuplicateKey('[{"a":1},{"a":2}]')).toBeNull();
    expect(findDuplicateKey('{"a":[1,{"b":1,"b":2}]}')).toEqual({
      key: 'b',
      path: 'a[1]',
      line: 1,
      column: 16,
    });
    expect(findDuplicateKey('{"\\u0061":1,"a":2}')?.key).toBe('a');
  });
});
