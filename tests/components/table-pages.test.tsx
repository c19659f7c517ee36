// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportLayout } from '../../src/app/layout/report-layout.tsx';
import { SectionBoundary } from '../../src/app/layout/section-boundary.tsx';
import { I18nProvider } from '../../src/i18n/i18n-context.tsx';
import { buildReportFile, getPath, seedFile } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

afterEach(() => {
  cleanup();
  resetReports();
});

const SEED = 'liaocheng-nyncj-2020';
const cellAt = (path: string) => document.querySelector(`td[data-path="${path}"]`) as HTMLElement;

describe('applications page', () => {
  it('shows table 三 as a tree with the seven applicant columns and printed values', async () => {
    renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    const table = await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    for (const header of [
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]) {
      expect(
        within(table).getByRole('columnheader', { name: new RegExp(`^${header}`) }),
      ).toBeTruthy();
    }
    expect(within(table).getByRole('columnheader', { name: '法人或其他组织' })).toBeTruthy();
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rowHeaders).toContain('1.属于国家秘密');
    expect(rowHeaders).toContain('3.补正后申请内容仍不明确');
    expect(rowHeaders).toHaveLength(27);
    expect(cellAt('sections.applications.received.person').textContent).toContain('6');
  });

  it('collapses a group and keeps that in the URL', async () => {
    const { router } = renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    fireEvent.click(await screen.findByRole('button', { name: '收起“（三）不予公开”' }));
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: '1.属于国家秘密' })).toBeNull(),
    );
    expect(new URLSearchParams(router.state.location.search).get('t.collapsed')).toBe(
      'results.denied',
    );
  });

  it('counts the rows on screen: a collapsed group hides its rows from the count too', async () => {
    renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    expect(screen.getByRole('status').textContent).toBe('显示 27 / 27 行');
    fireEvent.click(screen.getByRole('button', { name: '收起“三、本年度办理结果”' }));
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(4));
    expect(screen.getByRole('status').textContent).toBe('显示 4 / 27 行');
  });

  it('sorts the 项目 column in the order of the template, not by pinyin', async () => {
    renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    const table = await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    const top = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.dt-label')?.textContent ?? '')
        .filter((label) => /^[一二三四]、/.test(label));
    const sortButton = within(table).getByRole('button', { name: /^项目/ });
    fireEvent.click(sortButton);
    await waitFor(() =>
      expect(
        within(table).getByRole('columnheader', { name: /^项目/ }).getAttribute('aria-sort'),
      ).toBe('ascending'),
    );
    expect(top()).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '四、结转下年度继续办理',
    ]);
    fireEvent.click(sortButton);
    await waitFor(() => expect(top()[0]).toBe('四、结转下年度继续办理'));
    expect(top()).toEqual([
      '四、结转下年度继续办理',
      '三、本年度办理结果',
      '二、上年结转政府信息公开申请数量',
      '一、本年新收政府信息公开申请数量',
    ]);
  });

  it('marks the cells the checks found, with the message on focus', async () => {
    renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    const blankTotal = cellAt('sections.applications.results.granted.total');
    expect(blankTotal.className).toContain('has-error');
    // Described by the table's list of notes, and shown in a tooltip on focus.
    const description = (blankTotal.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(description).toMatch(/（一）予以公开 · 总计 为空，但分项之和为 3/);
    expect(blankTotal.querySelector('.dt-tooltip')).toBeNull();
    fireEvent.focus(blankTotal);
    expect(blankTotal.querySelector('.dt-tooltip')?.textContent).toMatch(
      /（一）予以公开 · 总计 为空，但分项之和为 3/,
    );
    expect(cellAt('sections.applications.received.person').className).not.toContain('has-');
  });

  it('highlights the cells named by a checks link', async () => {
    renderApp(
      `/reports/${SEED}/applications?hl=sections.applications.results.granted.total,sections.applications.results.granted.person`,
      [seedFile()],
    );
    await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    expect(cellAt('sections.applications.results.granted.total').className).toContain(
      'is-highlighted',
    );
    expect(cellAt('sections.applications.results.granted.person').className).toContain(
      'is-highlighted',
    );
    expect(cellAt('sections.applications.received.person').className).not.toContain(
      'is-highlighted',
    );
  });

  it('restores sorting and filters from the URL', async () => {
    renderApp(`/reports/${SEED}/applications?view=table&t.sort=person.desc&t.f.person=%3E0`, [
      seedFile(),
    ]);
    const table = await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    expect(
      within(table)
        .getByRole('columnheader', { name: /自然人/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    const visible = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(visible).toContain('一、本年新收政府信息公开申请数量');
    expect(visible).not.toContain('1.属于国家秘密');
  });

  it('2021 template: the three （六）其他处理 rows under their group, and the charts', async () => {
    const file = buildReportFile('2021');
    renderApp(`/reports/${file.id}/applications`, [file]);
    const table = await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    expect(within(table).getByRole('button', { name: '收起“（六）其他处理”' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: '3.其他' })).toBeTruthy();
    const wait = { timeout: 8000 };
    expect(await screen.findByRole('figure', { name: '办理结果' }, wait)).toBeTruthy();
    expect(await screen.findByRole('figure', { name: '各类申请人的办理结果' }, wait)).toBeTruthy();
    expect(await screen.findByRole('figure', { name: '申请的去向' }, wait)).toBeTruthy();
  });

  it('switches between table, chart and both', async () => {
    const { router } = renderApp(`/reports/${SEED}/applications`, [seedFile()]);
    await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    fireEvent.click(screen.getByRole('button', { name: '图表' }));
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: /收到和处理政府信息公开申请情况/ })).toBeNull(),
    );
    expect(router.state.location.search).toBe('?view=chart');
    expect(screen.getByRole('button', { name: '图表' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('publications page', () => {
  it('2019: one table per 第二十条 item with that item’s columns; printed forms kept', async () => {
    renderApp(`/reports/${SEED}/publications?view=table`, [seedFile()]);
    const item5 = await screen.findByRole('table', { name: /第二十条第（五）项/ });
    expect(within(item5).getByRole('columnheader', { name: /本年增\/减/ })).toBeTruthy();
    expect(cellAt('sections.proactive.licensing.change').textContent).toContain('增3项');
    expect(cellAt('sections.proactive.procurement.amount').textContent).toContain('537余万元');
    expect(screen.getAllByRole('table')).toHaveLength(5);
  });

  it('2021: the 2021 columns, and no procurement', async () => {
    const file = buildReportFile('2021');
    renderApp(`/reports/${file.id}/publications?view=table`, [file]);
    const item1 = await screen.findByRole('table', { name: /第二十条第（一）项/ });
    expect(within(item1).getByRole('columnheader', { name: /现行有效件数/ })).toBeTruthy();
    expect(within(item1).getByRole('rowheader', { name: '行政规范性文件' })).toBeTruthy();
    expect(screen.getAllByRole('table')).toHaveLength(4);
    expect(screen.queryByRole('rowheader', { name: '政府集中采购' })).toBeNull();
  });
});

describe('appeals page', () => {
  it('shows the 四 table and the correction rate of each group', async () => {
    const file = buildReportFile('2019');
    renderApp(`/reports/${file.id}/appeals`, [file]);
    const table = await screen.findByRole('table', { name: /行政复议、行政诉讼情况/ });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['行政复议', '行政诉讼 · 未经复议直接起诉', '行政诉讼 · 复议后起诉']);
    const g = (k: string) => getPath(file, `sections.appeals.reconsideration.${k}`) as number;
    const rate = g('corrected') / (g('total') - g('pending'));
    const card = screen.getByText('行政复议 · 纠错率').closest('.stat-card') as HTMLElement;
    expect(within(card).getByText(`${(Math.round(rate * 1000) / 10).toString()}%`)).toBeTruthy();
    expect(
      await screen.findByRole('figure', { name: '复议与诉讼结果' }, { timeout: 8000 }),
    ).toBeTruthy();
  });
});

describe('an error inside one section', () => {
  it('shows the error in place and keeps the report navigation', async () => {
    function Broken(): never {
      throw new Error('boom');
    }
    renderApp('/', [seedFile()]);
    cleanup();
    render(
      <I18nProvider lang="zh">
        <MemoryRouter initialEntries={[`/reports/${SEED}/broken`]}>
          <Routes>
            <Route path="reports/:reportId" element={<ReportLayout />}>
              <Route
                path="broken"
                element={
                  <SectionBoundary resetKey="broken">
                    <Broken />
                  </SectionBoundary>
                }
              />
            </Route>
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/这一部分出错了.*boom/);
    expect(screen.getByRole('navigation', { name: '报告各部分' })).toBeTruthy();
  });
});
