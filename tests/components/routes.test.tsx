// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportFile, seedFile, setPath } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

afterEach(() => {
  cleanup();
  resetReports();
  vi.unstubAllGlobals();
});

const SEED = 'liaocheng-nyncj-2020';

describe('navigation', () => {
  it('/ opens the default report on its overview', async () => {
    const { router } = renderApp('/', [seedFile()]);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reports/${SEED}/overview`));
    expect(await screen.findByRole('navigation', { name: '报告各部分' })).toBeTruthy();
  });

  it('has a link for every section, the current one marked', async () => {
    renderApp(`/reports/${SEED}/problems`, [seedFile()]);
    const nav = await screen.findByRole('navigation', { name: '报告各部分' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(
      [
        'overview',
        'publications',
        'applications',
        'procurement',
        'appeals',
        'problems',
        'other',
        'checks',
      ].map((s) => `/reports/${SEED}/${s}`),
    );
    expect(within(nav).getByRole('link', { name: '问题与改进' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('an unknown report id lists the reports that exist, keeping the header', async () => {
    renderApp('/reports/no-such-report/overview', [seedFile()]);
    expect(await screen.findByRole('heading', { name: '没有这份报告' })).toBeTruthy();
    expect(screen.getByText(/报告列表里没有“no-such-report”/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '聊城市农业农村局 · 2020' }).getAttribute('href')).toBe(
      `/reports/${SEED}/overview`,
    );
    expect(
      screen.getByRole('button', { name: 'English', description: '切换到英文界面' }),
    ).toBeTruthy();
  });

  it('an unknown path shows a not-found page with the navigation', async () => {
    renderApp('/nothing/here', [seedFile()]);
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '政府信息公开年报看板' })).toBeTruthy();
  });

  it('an unknown section of a report keeps the report navigation', async () => {
    renderApp(`/reports/${SEED}/nonsense`, [seedFile()]);
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: '报告各部分' })).toBeTruthy();
  });
});

describe('overview', () => {
  it('shows the headline figures of the seed report', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    const card = (title: string) => screen.getByText(title).closest('.stat-card') as HTMLElement;
    expect(within(card('收到申请')).getByText('6')).toBeTruthy();
    expect(within(card('公开率')).getByText('66.7%')).toBeTruthy();
    expect(within(card('公开率')).getByText(/= 4 ÷ 6/)).toBeTruthy();
    expect(within(card('集中采购总金额')).getByText('537余万元')).toBeTruthy();
    expect(within(card('复议与诉讼')).getByText('0')).toBeTruthy();
    expect(within(card('校验错误')).getByText('2')).toBeTruthy();
    expect(screen.getByText('2021-01-23')).toBeTruthy();
    expect(screen.getByText('2019 年版')).toBeTruthy();
  });

  it('shows the overview text with its numbered points as a list', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    const items = screen.getAllByRole('listitem').filter((li) => li.closest('.report-text'));
    expect(items).toHaveLength(6);
    expect(items[0]?.textContent).toMatch(/^一是优化层级设计/);
  });

  it('shows "—" for a disclosure rate whose denominator is 0, and a 2021 report without procurement', async () => {
    const file = setPath(buildReportFile('2021'), 'sections.applications.results.total.total', 0);
    renderApp(`/reports/${file.id}/overview`, [file]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    const rate = screen.getByText('公开率').closest('.stat-card') as HTMLElement;
    expect(within(rate).getByText('—').getAttribute('title')).toMatch(/分母为 0/);
    expect(screen.getByText('2021 年版格式不含此项')).toBeTruthy();
  });

  it('says a synthetic report is synthetic, in both languages, and a published one not', async () => {
    const file = setPath(buildReportFile(), 'synthetic', true);
    renderApp(`/reports/${file.id}/overview`, [file, seedFile()]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    const title = screen.getByRole('region', { name: /测试市测试局/ });
    expect(within(title).getByText(/^合成数据：.*不是真实发布的报告$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await within(title).findByText(/^Synthetic data: .*not a published report$/),
    ).toBeTruthy();
    cleanup();
    resetReports();
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    await screen.findByRole('heading', { name: '一、总体情况' });
    expect(screen.queryByText(/合成数据/)).toBeNull();
  });
});

describe('procurement', () => {
  it('2019: the figures with their printed form', async () => {
    renderApp(`/reports/${SEED}/procurement`, [seedFile()]);
    expect(await screen.findByText('>537 万元')).toBeTruthy();
    expect(screen.getByText('报告原文: 537余万元')).toBeTruthy();
    expect(screen.getByText('31')).toBeTruthy();
  });

  it('2021: says plainly that the format has no procurement table', async () => {
    const file = buildReportFile('2021');
    renderApp(`/reports/${file.id}/procurement`, [file]);
    expect(await screen.findByText(/2021 年版格式的主动公开表不再包含政府集中采购/)).toBeTruthy();
  });
});

describe('problems and other matters', () => {
  it('show the text, numbered points as lists', async () => {
    renderApp(`/reports/${SEED}/problems`, [seedFile()]);
    expect(
      await screen.findByRole('heading', { name: '五、存在的主要问题及改进情况' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('list').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('一是公开内容不够全面、公开效率不够高；')).toBeTruthy();
  });

  it('say so when a section is empty', async () => {
    const file = setPath(buildReportFile('2019'), 'sections.other.paragraphs', []);
    renderApp(`/reports/${file.id}/other`, [file]);
    expect(await screen.findByText('本节没有内容。')).toBeTruthy();
  });
});

describe('checks', () => {
  it('lists the findings, filterable by severity and table, each linking to its table', async () => {
    const { router } = renderApp(`/reports/${SEED}/checks`, [seedFile()]);
    await screen.findByRole('heading', { name: '勾稽校验' });
    // The default view leads with errors and warnings; the 27 not assessable are counted.
    expect(screen.getByText('共 26 条')).toBeTruthy();
    expect(screen.getByText(/另有 27 项因涉及的单元格为空或不是数字而无法校验/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('严重程度'), { target: { value: 'all' } });
    await waitFor(() => expect(screen.getByText('共 53 条')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('严重程度'), { target: { value: 'error' } });
    await waitFor(() => expect(screen.getByText('共 2 条')).toBeTruthy());
    expect(router.state.location.search).toBe('?sev=error');
    const links = screen.getAllByRole('link', { name: '在表格中查看' });
    expect(links[1]?.getAttribute('href')).toMatch(
      new RegExp(
        `^/reports/${SEED}/applications\\?hl=sections\\.applications\\.results\\.granted\\.total%2C`,
      ),
    );
    fireEvent.change(screen.getByLabelText('表格'), { target: { value: 'appeals' } });
    await waitFor(() => expect(screen.getByText('没有符合条件的校验结果。')).toBeTruthy());
  });

  it("a finding's link opens its table with the focus on the cell it is about", async () => {
    renderApp(`/reports/${SEED}/checks?sev=error`, [seedFile()]);
    await screen.findByText('共 2 条');
    fireEvent.click(screen.getAllByRole('link', { name: '在表格中查看' })[1] as HTMLElement);
    await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    const cell = document.querySelector(
      'td[data-path="sections.applications.results.granted.total"]',
    );
    await waitFor(() => expect(document.activeElement).toBe(cell));
    expect(cell?.className).toContain('is-highlighted');
  });

  it('opens with the filters of a shared link, and ignores bad ones', async () => {
    renderApp(`/reports/${SEED}/checks?sev=warning&table=appeals`, [seedFile()]);
    expect(await screen.findByText('共 1 条')).toBeTruthy();
    cleanup();
    renderApp(`/reports/${SEED}/checks?sev=bogus`, [seedFile()]);
    expect(await screen.findByText('共 26 条')).toBeTruthy();
  });
});

describe('navigation and the overview', () => {
  it('shows the 政府集中采购 tab for a 2019-format report only', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    const nav = await screen.findByRole('navigation', { name: '报告各部分' });
    expect(within(nav).getByRole('link', { name: '政府集中采购' })).toBeTruthy();
    cleanup();
    const file = buildReportFile('2021');
    renderApp(`/reports/${file.id}/overview`, [file]);
    const nav2021 = await screen.findByRole('navigation', { name: '报告各部分' });
    expect(within(nav2021).queryByRole('link', { name: '政府集中采购' })).toBeNull();
    expect(within(nav2021).getAllByRole('link')).toHaveLength(7);
  });

  it('opens the checks from the check errors card', async () => {
    const { router } = renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    const card = await screen.findByRole('link', { name: /校验错误/ });
    expect(card.textContent).toMatch(/校验错误2另有 \d+ 条警告/);
    fireEvent.click(card);
    await screen.findByRole('heading', { name: '勾稽校验' });
    expect(router.state.location.pathname).toBe(`/reports/${SEED}/checks`);
  });

  it("puts the applicant columns' headers in the order the eye reads them", async () => {
    renderApp(`/reports/${SEED}/applications?view=table`, [seedFile()]);
    const table = await screen.findByRole('table', { name: /收到和处理政府信息公开申请情况/ });
    const order = [...table.querySelectorAll('thead button.dt-sort')].map((b) =>
      b.textContent?.replace(/[↕▲▼]/g, ''),
    );
    expect(order).toEqual([
      '项目',
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
  });
});

describe('in English', () => {
  it("names the tab after the page and the report, in the reader's language", async () => {
    const { router } = renderApp(`/reports/${SEED}/applications`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: /收到和处理政府信息公开申请情况/ });
    await waitFor(() =>
      expect(document.title).toBe('依申请公开 · 聊城市农业农村局 2020 年度 · 政府信息公开年报看板'),
    );
    act(() => void router.navigate(`/reports/${SEED}/checks`));
    await waitFor(() => expect(document.title).toMatch(/^勾稽校验 · /));
    cleanup();
    renderApp(`/reports/${SEED}/applications`, [seedFile()], 'en');
    await screen.findByRole('heading', { level: 1, name: /Applications received and handled/ });
    await waitFor(() =>
      expect(document.title).toBe(
        'Applications · 聊城市农业农村局 2020 · Disclosure Report Dashboard',
      ),
    );
  });

  it('numbers the 第二十条 items, counts in the singular and plural, and starts findings with a capital', async () => {
    renderApp(`/reports/${SEED}/publications`, [seedFile()], 'en');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Article 20, item 1' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Article 20, item 9' })).toBeTruthy();
    cleanup();
    renderApp(`/reports/${SEED}/checks?sev=warning&table=appeals`, [seedFile()], 'en');
    expect(await screen.findByText('1 finding')).toBeTruthy();
    cleanup();
    renderApp(`/reports/${SEED}/checks?sev=all`, [seedFile()], 'en');
    await screen.findByText('53 findings');
    const messages = [...document.querySelectorAll('.finding-message')].map((p) => p.textContent);
    expect(messages.length).toBe(53);
    expect(messages.filter((text) => !/^[A-Z(]/.test(text ?? ''))).toEqual([]);
  });
});

describe('language', () => {
  it('switches to English and back; official labels follow', async () => {
    renderApp(`/reports/${SEED}/overview`, [seedFile()]);
    fireEvent.click(
      await screen.findByRole('button', { name: 'English', description: '切换到英文界面' }),
    );
    expect(await screen.findByRole('heading', { name: '1. Overview' })).toBeTruthy();
    expect(screen.getByText('Disclosure rate')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(
      screen.getByRole('button', { name: '中文', description: 'Switch the interface to Chinese' }),
    );
    expect(await screen.findByRole('heading', { name: '一、总体情况' })).toBeTruthy();
  });
});

describe('error states', () => {
  it('a report that fails validation shows its errors with paths', async () => {
    const bad = setPath(buildReportFile('2019'), 'sections.appeals.reconsideration.total', true);
    renderApp(`/reports/${bad.id}/overview`, [bad]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('sections.appeals.reconsideration.total');
    expect(alert.textContent).toContain('单元格应为数字');
    expect(
      screen.getByRole('button', { name: 'English', description: '切换到英文界面' }),
    ).toBeTruthy();
  });

  it('a failed fetch says what failed and retries', async () => {
    const index = {
      reports: [
        {
          id: 'test-bureau-2020',
          agency: '测试市测试局',
          year: 2020,
          template: '2019',
          file: 'r.json',
        },
      ],
    };
    let calls = 0;
    const fetchMock = vi.fn((url: string) => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error('network down'));
      const body = url.endsWith('index.json') ? index : buildReportFile('2019');
      return Promise.resolve(new Response(JSON.stringify(body)));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderApp('/reports/test-bureau-2020/overview', null);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/无法读取报告列表：network down/);
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '一、总体情况' })).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/data/reports/index.json',
      '/data/reports/index.json',
      '/data/reports/r.json',
    ]);
  });

  it('a report file that is missing (HTTP 404) says so, with its file name', async () => {
    const index = {
      reports: [{ id: 'gone', agency: 'A', year: 2020, template: '2019', file: 'gone.json' }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          url.endsWith('index.json')
            ? new Response(JSON.stringify(index))
            : new Response('no', { status: 404 }),
        ),
      ),
    );
    renderApp('/reports/gone/overview', null);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/gone\.json/);
    expect(alert.textContent).toMatch(/HTTP 404/);
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
