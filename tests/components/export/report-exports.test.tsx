// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReport, parseReportText } from '../../../src/report/parse-report.ts';
import { seedFile } from '../../builders.ts';
import { renderApp, resetReports } from '../render-app.tsx';
import { captureDownloads } from './capture-downloads.ts';
import readXlsxFile from 'read-excel-file/node';

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  cleanup();
  resetReports();
  capture.restore();
});

const SEED = 'liaocheng-nyncj-2020';

describe('the whole report', () => {
  it('downloads as JSON in the data format, which loads back as the same report', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    const actions = await screen.findByRole('group', { name: '导出整份报告' });
    fireEvent.click(within(actions).getByRole('button', { name: '下载报告数据（JSON）' }));
    // The export code loads on the click, so the download follows a moment later.
    await waitFor(() => expect(capture.downloads).toHaveLength(1));
    expect(capture.downloads[0]?.name).toBe('聊城市农业农村局-2020-report.json');
    const parsed = parseReportText(await capture.downloads[0]!.blob.text());
    const original = parseReport(seedFile());
    expect(parsed.ok && original.ok && parsed.report).toEqual(original.ok && original.report);
  });

  it("downloads as one workbook: the three tables and every finding, in the reader's language", async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    const actions = await screen.findByRole('group', { name: '导出整份报告' });
    fireEvent.click(within(actions).getByRole('button', { name: /下载 Excel 工作簿/ }));
    await waitFor(() => expect(capture.downloads).toHaveLength(1), { timeout: 5000 });
    expect(capture.downloads[0]?.name).toBe('聊城市农业农村局-2020-report.xlsx');
    const bytes = Buffer.from(await capture.downloads[0]!.blob.arrayBuffer());
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '二、主动公开',
      '三、收到和处理申请',
      '四、复议诉讼',
      '勾稽校验',
    ]);
    const findings = sheets[3]?.data ?? [];
    expect(findings[0]).toEqual([
      '严重程度',
      '结果',
      '规则',
      '表格',
      '单元格',
      '说明',
      '应为',
      '实际',
    ]);
    expect(findings).toHaveLength(1 + 53);
    expect(findings.filter((row) => row[0] === '错误')).toHaveLength(2);
    expect(findings.map((row) => String(row[5]))).toContainEqual(
      expect.stringMatching(/（一）予以公开 · 总计 为空，但分项之和为 3/),
    );
  });

  it('links to the print view, in both languages', async () => {
    const { router } = renderApp(`/reports/${SEED}/appeals`, [seedFile()]);
    fireEvent.click(await screen.findByRole('link', { name: '打印视图' }));
    await screen.findByRole('button', { name: '打印或存为 PDF' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/reports/${SEED}/print`);
    cleanup();
    renderApp(`/reports/${SEED}/overview`, [seedFile()], 'en');
    expect(await screen.findByRole('link', { name: 'Print view' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the report data (JSON)' })).toBeTruthy();
  });

  it('prints all six sections in order, with their tables, the marks explained and the findings last, and no section navigation', async () => {
    renderApp(`/reports/${SEED}/print`, [seedFile()]);
    await screen.findByRole('button', { name: '打印或存为 PDF' }, { timeout: 5000 });
    await screen.findByRole('table', { name: /行政复议、行政诉讼情况/ }, { timeout: 5000 });
    const headings = screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent);
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      // The printed report ends with its findings.
      '勾稽校验结果',
    ]);
    expect(screen.queryByRole('navigation', { name: '报告各部分' })).toBeNull();
    expect(screen.getByRole('table', { name: /收到和处理政府信息公开申请情况/ })).toBeTruthy();
    expect(document.querySelectorAll('.print-section')).toHaveLength(7);
    expect(screen.getByRole('region', { name: '表中记号' }).textContent).toMatch(/报告此处空白/);
    expect(document.title).toContain('聊城市农业农村局');
  });
});
