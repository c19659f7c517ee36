// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportFile } from '../../src/report/report-schema.ts';
import { readAllSaved } from '../../src/store/saved-reports-db.ts';
import { deleteSaved, putSaved } from '../../src/store/saved-reports-writes.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { useDecisions } from '../../src/store/decisions-store.ts';
import { readDecisions } from '../../src/store/decisions-db.ts';
import { buildReportFile, projectFile, setPath } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

const shipped = (id: string) =>
  JSON.parse(readFileSync(projectFile(`public/data/reports/${id}.json`), 'utf8')) as ReportFile;
const builtin = () =>
  [
    'liaocheng-nyncj-2020',
    'huaian-city-gov-2024',
    'hongze-district-gov-2023',
    'hongze-district-gov-2024',
    'jinhu-county-gov-2023',
  ].map(shipped);
const HONGZE = '淮安市洪泽区人民政府';
const agencyPath = (key: string) => `/agencies/${encodeURIComponent(key)}`;

beforeEach(async () => {
  for (const record of (await readAllSaved()) as { id: string }[]) await deleteSaved(record.id);
  useSavedReports.setState({ saved: undefined });
});
afterEach(() => {
  cleanup();
  resetReports();
  vi.unstubAllGlobals();
});

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('link', { name })) as HTMLElement;
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => within(h).getAllByRole('link')[0]?.textContent);
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('the library', () => {
  it('lists every report with its facts and counts, marking those that fail their checks', async () => {
    renderApp('/reports', builtin());
    const table = await screen.findByRole('table', { name: '全部报告' });
    expect(screen.getByRole('heading', { level: 1, name: '报告库' })).toBeTruthy();
    expect(screen.getByText('共 5 份报告，4 个机关；3 份未通过勾稽校验。')).toBeTruthy();
    for (const header of [
      '地区',
      '层级',
      '年度',
      '表格格式',
      '收到申请',
      '实质公开率（%）',
      '错误',
      '警告',
    ]) {
      expect(
        within(table).getByRole('columnheader', { name: new RegExp(`^${header}`) }),
      ).toBeTruthy();
    }
    const hongze2023 = rowOf(table, '洪泽区人民政府');
    expect(within(hongze2023).getByText('淮安市洪泽区')).toBeTruthy();
    expect(within(hongze2023).getByText('县级')).toBeTruthy();
    expect(within(hongze2023).getByText('未通过校验')).toBeTruthy();
    expect(within(hongze2023).getByText('21')).toBeTruthy();
    const huaian = rowOf(table, '淮安市人民政府');
    expect(within(huaian).queryByText('未通过校验')).toBeNull();
    expect(within(huaian).getByText('3119')).toBeTruthy();
    expect(within(huaian).getByText('59.5')).toBeTruthy();
    // Each row opens its dashboard, and the agency's years.
    expect(within(huaian).getByRole('link', { name: '淮安市人民政府' }).getAttribute('href')).toBe(
      '/reports/huaian-city-gov-2024/overview',
    );
    expect(
      within(hongze2023)
        .getByRole('link', { name: '洪泽区人民政府 的历年报告' })
        .getAttribute('href'),
    ).toBe(agencyPath(HONGZE));
  });

  it('sorts, searches and keeps both in the address', async () => {
    const { router } = renderApp('/reports', builtin());
    const table = await screen.findByRole('table', { name: '全部报告' });
    fireEvent.click(within(table).getByRole('button', { name: /^年度/ }));
    await waitFor(() => expect(search(router).get('l.sort')).toBe('year.asc'));
    expect(rowNames(table)[0]).toBe('聊城市农业农村局');
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索表格' }), {
      target: { value: '洪泽' },
    });
    await waitFor(() => expect(rowNames(table)).toEqual(['洪泽区人民政府', HONGZE]));
    expect(search(router).get('l.q')).toBe('洪泽');
  });

  it('compares the rows selected, the selection kept in the address', async () => {
    const { router } = renderApp('/reports', builtin());
    await screen.findByRole('table', { name: '全部报告' });
    const compare = screen.getByRole('button', { name: '比较所选（0 份）' }) as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 洪泽区人民政府 2023 年度' }));
    fireEvent.click(screen.getByRole('checkbox', { name: `选择 ${HONGZE} 2024 年度` }));
    await waitFor(() =>
      expect(search(router).get('sel')).toBe('hongze-district-gov-2023~hongze-district-gov-2024'),
    );
    fireEvent.click(screen.getByRole('button', { name: '比较所选（2 份）' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/compare'));
    expect(search(router).get('reports')).toBe('hongze-district-gov-2023~hongze-district-gov-2024');
    expect(await screen.findByRole('heading', { level: 1, name: '比较' })).toBeTruthy();
  });

  it('says which agencies have a report for one year and none for the next', async () => {
    renderApp('/reports', builtin());
    const section = await screen.findByRole('region', { name: '缺少下一年度报告的机关' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      '聊城市农业农村局 · 有 2020 年度，没有 2021 年度',
      '金湖县人民政府 · 有 2023 年度，没有 2024 年度',
    ]);
  });

  it('includes the reports saved in this browser', async () => {
    const saved = buildReportFile('2021');
    await putSaved([
      { id: saved.id, file: saved, fileName: 'test.json', format: 'json', savedAt: '2025-01-01' },
    ]);
    renderApp('/reports', builtin());
    const table = await screen.findByRole('table', { name: '全部报告' });
    await waitFor(() => expect(rowOf(table, '测试县人民政府')).toBeTruthy());
    expect(within(rowOf(table, '测试县人民政府')).getByText('已导入')).toBeTruthy();
    expect(screen.getByText('共 6 份报告，5 个机关；3 份未通过勾稽校验。')).toBeTruthy();
  });

  it('speaks English', async () => {
    renderApp('/reports', builtin(), 'en');
    const table = await screen.findByRole('table', { name: 'All reports' });
    expect(screen.getByRole('heading', { level: 1, name: 'Report library' })).toBeTruthy();
    expect(within(rowOf(table, '洪泽区人民政府')).getByText('County')).toBeTruthy();
    expect(within(rowOf(table, '洪泽区人民政府')).getByText('Fails its checks')).toBeTruthy();
  });
});

describe('the library, fetching the built-in reports itself', () => {
  it('loads every report of the list; one that cannot be loaded is named, the rest shown', async () => {
    const good = buildReportFile('2021');
    const index = {
      default: good.id,
      reports: [
        { id: good.id, agency: '测试县人民政府', year: 2022, template: '2021', file: 'good.json' },
        {
          id: 'gone-2023',
          agency: '不见了县人民政府',
          year: 2023,
          template: '2021',
          file: 'gone.json',
        },
      ],
    };
    const fetchMock = vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('index.json')
          ? new Response(JSON.stringify(index))
          : url.endsWith('good.json')
            ? new Response(JSON.stringify(good))
            : new Response('no', { status: 404 }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderApp('/reports', null);
    const table = await screen.findByRole('table', { name: '全部报告' });
    expect(rowNames(table)).toEqual(['测试县人民政府']);
    const failures = screen.getByRole('alert');
    expect(failures.textContent).toMatch(/不见了县人民政府 2023 年度/);
    expect(failures.textContent).toMatch(/gone\.json/);
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual([
      '/data/reports/gone.json',
      '/data/reports/good.json',
      '/data/reports/index.json',
    ]);
  });
});

describe("an agency's years", () => {
  it('shows both years of 洪泽区, the checks across them, and its figures by year', async () => {
    renderApp(agencyPath(HONGZE), builtin());
    expect(await screen.findByRole('heading', { level: 1, name: HONGZE })).toBeTruthy();
    const years = screen.getByRole('region', { name: '各年度' });
    expect(within(years).getByRole('link', { name: '洪泽区人民政府' }).getAttribute('href')).toBe(
      '/reports/hongze-district-gov-2023/overview',
    );
    expect(within(years).getByRole('link', { name: HONGZE }).getAttribute('href')).toBe(
      '/reports/hongze-district-gov-2024/overview',
    );
    expect(within(years).getByRole('link', { name: '2 个错误，0 个警告' })).toBeTruthy();
    const cross = screen.getByRole('region', { name: '跨年度校验' });
    expect(within(cross).getByRole('heading', { name: '2023 → 2024' })).toBeTruthy();
    expect(within(cross).getByText('两条规则都成立。')).toBeTruthy();
    const table = screen.getByRole('table', { name: '历年数据' });
    const received = within(table).getByRole('rowheader', {
      name: '一、本年新收政府信息公开申请数量',
    }).parentElement as HTMLElement;
    expect(
      within(received)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['两版相同', '21', '95']);
    expect(screen.getByRole('link', { name: '比较这些年度' }).getAttribute('href')).toBe(
      '/compare?reports=hongze-district-gov-2023~hongze-district-gov-2024',
    );
    expect(await screen.findByRole('figure', { name: '收到与结转的申请' })).toBeTruthy();
  });

  it('shows a year without a report as missing, in the years and in the table', async () => {
    const year = (y: number) => {
      const file = buildReportFile('2021');
      file.year = y;
      file.id = `test-county-${y}`;
      return file;
    };
    renderApp(agencyPath('测试省测试市测试县人民政府'), [year(2021), year(2023)]);
    const years = await screen.findByRole('region', { name: '各年度' });
    expect(
      within(years)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^2021 年度 · 测试县人民政府/),
      '2022 年度 · 无报告',
      expect.stringMatching(/^2023 年度 · 测试县人民政府/),
    ]);
    const table = screen.getByRole('table', { name: '历年数据' });
    expect(within(table).getByRole('columnheader', { name: /^2022（无报告）/ })).toBeTruthy();
    expect(screen.getByText('没有相邻两年的报告，无法做跨年度校验。')).toBeTruthy();
  });

  it('lists an inconsistency across years with links to both cells', async () => {
    const earlier = buildReportFile('2021');
    const later = buildReportFile('2021');
    later.id = 'test-county-2023';
    later.year = 2023;
    setPath(later, 'sections.applications.carriedOver.person', 99);
    renderApp(agencyPath('测试省测试市测试县人民政府'), [earlier, later]);
    const cross = await screen.findByRole('region', { name: '跨年度校验' });
    const finding = within(cross).getByText(/二、上年结转政府信息公开申请数量 · 自然人 为 99/)
      .parentElement?.parentElement as HTMLElement;
    expect(
      within(finding).getByRole('link', { name: '在今年的表格中查看' }).getAttribute('href'),
    ).toBe('/reports/test-county-2023/applications?hl=sections.applications.carriedOver.person');
    expect(
      within(finding).getByRole('link', { name: '在去年的表格中查看' }).getAttribute('href'),
    ).toBe('/reports/test-county-2022/applications?hl=sections.applications.carriedForward.person');
  });

  it('an agency the library does not have says so', async () => {
    renderApp(agencyPath('没有这个机关'), builtin());
    expect(
      await screen.findByRole('heading', { level: 1, name: '没有这个机关的报告' }),
    ).toBeTruthy();
  });
});

describe('the comparison', () => {
  const path =
    '/compare?reports=hongze-district-gov-2023~hongze-district-gov-2024~huaian-city-gov-2024';

  it('a row per report, a column per metric, the values failing their checks marked', async () => {
    renderApp(path, builtin());
    const table = await screen.findByRole('table', { name: '比较的报告' });
    expect(rowNames(table)).toEqual([
      '洪泽区人民政府 2023 年度',
      `${HONGZE} 2024 年度`,
      '淮安市人民政府 2024 年度',
    ]);
    expect(within(table).getByRole('columnheader', { name: /^实质公开率（%）/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '不予公开的理由（件）' })).toBeTruthy();
    const cell = (report: string, metric: string) =>
      document.querySelector(`td[data-path="compare.${report}.${metric}"]`) as HTMLElement;
    expect(cell('huaian-city-gov-2024', 'disclosureRate').textContent).toBe('59.5');
    expect(cell('huaian-city-gov-2024', 'fees').textContent).toBe('96171.6');
    // 洪泽区 2023 prints 行政复议 总计 0 beside 维持 10 and 纠正 1.
    const marked = cell('hongze-district-gov-2023', 'reconsiderations');
    expect(marked.textContent).toBe('0');
    expect(marked.className).toContain('has-error');
    fireEvent.focus(marked);
    expect(marked.querySelector('.dt-tooltip')?.textContent).toMatch(/未通过勾稽校验/);
    expect(cell('hongze-district-gov-2024', 'reconsiderations').className).not.toContain('has-');
    expect(
      within(table).getByRole('link', { name: '淮安市人民政府 2024 年度' }).getAttribute('href'),
    ).toBe('/reports/huaian-city-gov-2024/overview');
  });

  it('sorts by a metric and charts the metric chosen, both in the address', async () => {
    const { router } = renderApp(path, builtin());
    const table = await screen.findByRole('table', { name: '比较的报告' });
    fireEvent.click(within(table).getByRole('button', { name: /^本年新收/ }));
    await waitFor(() => expect(search(router).get('c.sort')).toBe('received.asc'));
    fireEvent.click(within(table).getByRole('button', { name: /^本年新收/ }));
    await waitFor(() => expect(rowNames(table)[0]).toBe('淮安市人民政府 2024 年度'));
    expect(search(router).get('c.sort')).toBe('received.desc');
    expect(await screen.findByRole('figure', { name: '排名：实质公开率（%）' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '图表的指标' }), {
      target: { value: 'litigations' },
    });
    await waitFor(() => expect(search(router).get('metric')).toBe('litigations'));
    expect(await screen.findByRole('figure', { name: '排名：行政诉讼' })).toBeTruthy();
    expect(await screen.findByRole('figure', { name: '分布：行政诉讼' })).toBeTruthy();
  });

  it('adds and removes reports, and names the ids it does not have', async () => {
    const { router } = renderApp('/compare?reports=huaian-city-gov-2024~nope-2020', builtin());
    expect(await screen.findByText('没有这些报告：nope-2020')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '加入报告' }), {
      target: { value: 'jinhu-county-gov-2023' },
    });
    await waitFor(() =>
      expect(search(router).get('reports')).toBe(
        'huaian-city-gov-2024~nope-2020~jinhu-county-gov-2023',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: '移除 淮安市人民政府 2024 年度' }));
    await waitFor(() =>
      expect(search(router).get('reports')).toBe('nope-2020~jinhu-county-gov-2023'),
    );
  });
});

describe('the checks page of the later year', () => {
  it('lists the findings across years beside its own, naming the earlier report', async () => {
    const earlier = buildReportFile('2021');
    const later = buildReportFile('2021');
    later.id = 'test-county-2023';
    later.year = 2023;
    setPath(later, 'sections.proactive.normativeDocuments.inForce', 100);
    renderApp('/reports/test-county-2023/checks', [earlier, later]);
    const message = await screen.findByText(/行政规范性文件 · 现行有效件数 应为 96/);
    const item = message.closest('li') as HTMLElement;
    expect(within(item).getByText('cross-year-in-force')).toBeTruthy();
    expect(within(item).getByText(/对照 测试县人民政府 2022 年度报告/)).toBeTruthy();
    const links = within(item).getAllByRole('link', { name: '在表格中查看' });
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/reports/test-county-2023/publications?hl=sections.proactive.normativeDocuments.inForce%2Csections.proactive.normativeDocuments.issued%2Csections.proactive.normativeDocuments.repealed',
      '/reports/test-county-2022/publications?hl=sections.proactive.normativeDocuments.inForce',
    ]);
  });

  it('keeps a decision about a finding across years through a reload, and lists it for review', async () => {
    const earlier = buildReportFile('2021');
    const later = buildReportFile('2021');
    later.id = 'test-county-2023';
    later.year = 2023;
    setPath(later, 'sections.proactive.normativeDocuments.inForce', 100);
    // An error of its own too: the report's findings are listed before the other report comes.
    setPath(later, 'sections.applications.results.total.total', 0);
    useDecisions.setState({ byReport: {} });
    renderApp('/reports/test-county-2023/checks', [earlier, later]);
    const message = await screen.findByText(/行政规范性文件 · 现行有效件数 应为 96/);
    const item = message.closest('li') as HTMLElement;
    // Once the decisions stored are read.
    fireEvent.click(await within(item).findByRole('button', { name: '不是问题…' }));
    fireEvent.change(within(item).getByLabelText('不是问题的理由（必填）'), {
      target: { value: '2022 年度报告漏计废止件数' },
    });
    fireEvent.click(within(item).getByRole('button', { name: '保存为“不是问题”' }));
    await within(item).findByText(/2022 年度报告漏计废止件数/);

    // A reload, the reports fetched, the earlier one late: the later report's own findings and
    // its decisions are read first, the finding across years comes after; its decision is not
    // dropped meanwhile as gone.
    cleanup();
    resetReports();
    useDecisions.setState({ byReport: {} });
    const entry = (f: typeof later) => ({
      id: f.id,
      agency: f.agency.name,
      year: f.year,
      template: f.template,
      file: `${f.id}.json`,
    });
    let release = () => {};
    const late = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', (url: string) => {
      if (url.endsWith('index.json')) {
        const index = { default: later.id, reports: [entry(earlier), entry(later)] };
        return Promise.resolve(new Response(JSON.stringify(index)));
      }
      const file = url.endsWith(`${later.id}.json`) ? later : earlier;
      const response = () => new Response(JSON.stringify(file));
      return file === later ? Promise.resolve(response()) : late.then(response);
    });
    renderApp('/reports/test-county-2023/checks', null);
    await screen.findByRole('heading', { level: 1, name: '勾稽校验' });
    await waitFor(() =>
      expect(useDecisions.getState().byReport['test-county-2023']?.status).toBe('ready'),
    );
    expect(screen.queryByText(/行政规范性文件 · 现行有效件数 应为 96/)).toBeNull();
    release();
    const again = (await screen.findByText(/行政规范性文件 · 现行有效件数 应为 96/)).closest(
      'li',
    ) as HTMLElement;
    await within(again).findByText(/2022 年度报告漏计废止件数/);
    const stored = (await readDecisions('test-county-2023')) as { key: string; note: string }[];
    expect(stored.map((d) => [d.key, d.note])).toEqual([
      [
        'cross-year-in-force|failed|sections.proactive.normativeDocuments.inForce|vs:test-county-2022',
        '2022 年度报告漏计废止件数',
      ],
    ]);

    cleanup();
    resetReports();
    renderApp('/reports/test-county-2023/review', [earlier, later]);
    const row = (await screen.findByText(/2022 年度报告漏计废止件数/)).closest('tr') as HTMLElement;
    expect(row.textContent).toMatch(/现行有效件数/);

    // The review list opened while the earlier year is still on its way: it says so, and it
    // is not printed or downloaded without the finding across years.
    cleanup();
    resetReports();
    let arrive = () => {};
    const later2 = new Promise<void>((resolve) => (arrive = resolve));
    vi.stubGlobal('fetch', (url: string) => {
      if (url.endsWith('index.json')) {
        const index = { default: later.id, reports: [entry(earlier), entry(later)] };
        return Promise.resolve(new Response(JSON.stringify(index)));
      }
      const file = url.endsWith(`${later.id}.json`) ? later : earlier;
      const response = () => new Response(JSON.stringify(file));
      return file === later ? Promise.resolve(response()) : later2.then(response);
    });
    renderApp('/reports/test-county-2023/review', null);
    await screen.findByRole('heading', { level: 1, name: '问题清单' });
    const waiting = await screen.findByText(/正在读取其他年度的报告/);
    expect(waiting.getAttribute('role')).toBe('status');
    for (const name of ['打印', '下载 Excel', '下载 CSV']) {
      expect(screen.getByRole<HTMLButtonElement>('button', { name }).disabled, name).toBe(true);
    }
    expect(screen.queryByText(/2022 年度报告漏计废止件数/)).toBeNull();
    arrive();
    await screen.findByText(/2022 年度报告漏计废止件数/);
    expect(screen.queryByText(/正在读取其他年度的报告/)).toBeNull();
    for (const name of ['打印', '下载 Excel', '下载 CSV']) {
      expect(screen.getByRole<HTMLButtonElement>('button', { name }).disabled, name).toBe(false);
    }
  });
});
