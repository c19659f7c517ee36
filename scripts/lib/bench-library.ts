import { readFileSync } from 'node:fs';
import { buildLibrary, type LibraryInput } from '../../src/library/library.ts';
import { metricDefinitions } from '../../src/library/metric-catalogue.ts';
import { loadReport } from '../../src/load/load-report.ts';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { median } from './bench-stats.ts';

// The figures across many reports, on generated reports (synthetic: copies of a test fixture
// for `agencies` agencies over five years, for measuring only): a supervisor's library.

function generated(agencies: number): LibraryInput[] {
  const base = JSON.parse(
    readFileSync('tests/fixtures/reports/valid-2021.json', 'utf8'),
  ) as ReportFile;
  const inputs: LibraryInput[] = [];
  for (let a = 0; a < agencies; a++) {
    for (let year = 2021; year <= 2025; year++) {
      const file: ReportFile = {
        ...structuredClone(base),
        id: `generated-${a}-${year}`,
        year,
        agency: { name: `生成${a}县人民政府`, region: `测试省测试市生成${a}县` },
      };
      const loaded = loadReport(file);
      if (!loaded.ok) throw new Error(`generated report ${file.id} does not load`);
      inputs.push({ report: loaded.report, findings: loaded.findings, origin: 'builtin' });
    }
  }
  return inputs;
}

/** Milliseconds, median of `runs`: building the library, and reading every metric of each. */
export function benchLibrary(agencies: number, runs: number) {
  const inputs = generated(agencies);
  const build: number[] = [];
  const metrics: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const library = buildLibrary(inputs);
    const t1 = performance.now();
    for (const entry of library.entries) {
      for (const metric of metricDefinitions) metric.read(entry.report, entry.allFindings);
    }
    metrics.push(performance.now() - t1);
    build.push(t1 - t0);
  }
  return { reports: inputs.length, build: median(build), metrics: median(metrics) };
}
