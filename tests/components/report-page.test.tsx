import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportPage } from '../../src/app/report-page.tsx';
import { runChecks } from '../../src/checks/run-checks.ts';
import { LoadError } from '../../src/components/load-error.tsx';
import { parseReport } from '../../src/report/parse-report.ts';
import { buildReportFile, seedFile, setPath } from '../builders.ts';

afterEach(cleanup);

function renderReport(file: unknown) {
  const parsed = parseReport(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const entry = {
    id: parsed.report.id,
    agency: parsed.report.agency.name,
    year: parsed.report.year,
    template: parsed.report.template,
    file: 'x.json',
  };
  render(
    <ReportPage loaded={{ entry, report: parsed.report, findings: runChecks(parsed.report) }} />,
  );
}

describe('ReportPage', () => {
  it('shows the seed report: agency, year, publication date, findings and text', () => {
    renderReport(seedFile());
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toContain('聊城市农业农村局');
    expect(heading.textContent).toContain('2020 年度');
    expect(screen.getByText('2021-01-23')).toBeTruthy();
    const findings = screen.getByRole('region', { name: '勾稽校验' });
    expect(within(findings).getByText('错误 2')).toBeTruthy();
    expect(within(findings).getByText('警告 24')).toBeTruthy();
    expect(within(findings).getByText('无法校验 27')).toBeTruthy();
    expect(within(findings).getByText(/（一）予以公开 · 总计 为空，但分项之和为 3/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '五、存在的主要问题及改进情况' })).toBeTruthy();
    expect(screen.getByText(/2020年在政府信息公开工作方面主要存在以下问题/)).toBeTruthy();
  });

  it('says so when a report has no findings, and marks an empty section', () => {
    renderReport(setPath(buildReportFile('2021'), 'sections.other.paragraphs', []));
    expect(screen.getByText('警告 1')).toBeTruthy();
    expect(screen.getByText('（本节没有内容）')).toBeTruthy();
  });
});

describe('LoadError', () => {
  it('lists each error with its path in both languages', () => {
    render(
      <LoadError
        file="bad.json"
        errors={[
          {
            path: 'sections.appeals.reconsideration.total',
            zh: '单元格应为数字',
            en: 'A cell must be a number',
          },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('bad.json');
    expect(alert.textContent).toContain('sections.appeals.reconsideration.total');
    expect(alert.textContent).toContain('单元格应为数字');
    expect(alert.textContent).toContain('A cell must be a number');
  });
});
