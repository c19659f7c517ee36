// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { done, openDb, STORES } from '../../src/store/saved-reports-db.ts';
import { useDecisions } from '../../src/store/decisions-store.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { useVersions } from '../../src/store/versions-store.ts';
import { seedFile } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

// The editor, the versions and the decisions about findings, driven as a person would: by the
// cells' labels, the buttons' names and what the page says.

const SEED = 'liaocheng-nyncj-2020';
const COPY = `${SEED}-edited`;
const TOTAL = '（一）予以公开 · 总计';

beforeEach(async () => {
  const db = await openDb();
  const tx = db.transaction(Object.keys(STORES), 'readwrite');
  for (const name of Object.keys(STORES)) tx.objectStore(name).clear();
  await done(tx);
  localStorage.clear();
  useSavedReports.setState({ saved: undefined });
  useVersions.setState({ byReport: {} });
  useDecisions.setState({ byReport: {} });
  vi.stubGlobal('confirm', () => true);
});
it('the report header links to the report’s versions', async () => {
  const { router } = renderApp(`/reports/${SEED}/overview`, [seedFile()]);
  const actions = await screen.findByRole('group', { name: '导出整份报告' });
  fireEvent.click(within(actions).getByRole('link', { name: '版本' }));
  expect(await screen.findByRole('heading', { name: '版本记录' })).toBeTruthy();
  expect(router.state.location.pathname).toBe(`/reports/${SEED}/versions`);
});

afterEach(() => {
  cleanup();
  resetReports();
  vi.unstubAllGlobals();
});

const checksStatus = () => document.querySelector('.editor-checks')?.textContent ?? '';
const cell = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('the editor', () => {
  it('marks the cells of a finding, and the finding goes away when the blank total is filled', async () => {
    renderApp(`/reports/${SEED}/edit`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '编辑报告' });
    await waitFor(() => expect(checksStatus()).toMatch(/错误 2 · 警告 24/));
    const total = cell(TOTAL);
    expect(total.getAttribute('aria-invalid')).toBe('true');
    // The finding is said in the table's words beside the form, not as a path.
    const list = screen.getByRole('region', { name: '当前的问题' });
    expect(list.textContent).toMatch(/（一）予以公开/);
    expect(list.textContent).not.toMatch(/sections\./);

    fireEvent.focus(total);
    fireEvent.change(total, { target: { value: '3' } });
    await waitFor(() => expect(checksStatus()).toMatch(/错误 0 · 警告 24/));
    expect(cell(TOTAL).getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('1 处未保存的修改')).toBeTruthy();
  });

  it('pastes a block copied from a spreadsheet into the cells right and down of the focused one', async () => {
    renderApp(`/reports/${SEED}/edit`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '编辑报告' });
    const grid = screen.getByRole('grid', { name: /三、收到和处理政府信息公开申请情况/ });
    const inputs = within(grid).getAllByRole('textbox') as HTMLInputElement[];
    const names = inputs.map((i) => i.getAttribute('aria-label'));
    const start = names.indexOf('（一）予以公开 · 自然人');
    expect(start).toBeGreaterThanOrEqual(0);
    const right = names[start + 1] as string;
    const below = names.findIndex(
      (n, i) => i > start && n?.startsWith('（二）部分公开') && n.endsWith('自然人'),
    );
    expect(below).toBeGreaterThan(start);

    fireEvent.paste(inputs[start] as HTMLInputElement, {
      clipboardData: { getData: () => '7\t8\r\n9\t-\r\n' },
    });
    expect(await screen.findByText(/已粘贴 4 个单元格/)).toBeTruthy();
    expect(cell('（一）予以公开 · 自然人').value).toBe('7');
    expect(cell(right).value).toBe('8');
    expect((inputs[below] as HTMLInputElement).value).toBe('9');
    const belowRight = within(grid).getAllByRole('textbox')[below + 1] as HTMLInputElement;
    expect(belowRight.value).toBe('-');
  });
});

describe('versions', () => {
  it('saves a built-in report as an edited copy with two versions, lists what changed, and restores the first as a third', async () => {
    const { router } = renderApp(`/reports/${SEED}/edit`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '编辑报告' });
    fireEvent.change(cell(TOTAL), { target: { value: '3' } });
    await waitFor(() => expect(checksStatus()).toMatch(/错误 0/));
    fireEvent.click(screen.getByRole('button', { name: '另存为编辑副本' }));
    await screen.findByText('已保存为第 2 版。');
    expect(router.state.location.pathname).toBe(`/reports/${COPY}/edit`);

    fireEvent.click(screen.getByRole('link', { name: /^版本记录/ }));
    await screen.findByRole('heading', { level: 1, name: '版本记录' });
    const second = await screen.findByRole('listitem', { name: /^第 2 版/ });
    expect(second.textContent).toMatch(/当前版本/);
    expect(second.textContent).toMatch(/（一）予以公开 · 总计：（空） → 3/);
    const first = screen.getByRole('listitem', { name: /^第 1 版/ });
    expect(first.textContent).toMatch(/内置报告原文/);

    fireEvent.click(within(first).getByRole('button', { name: '恢复第 1 版为新版本' }));
    expect(await screen.findByText('已把第 1 版恢复为第 3 版。')).toBeTruthy();
    const third = await screen.findByRole('listitem', { name: /^第 3 版/ });
    expect(third.textContent).toMatch(/恢复自第 1 版/);
    expect(third.textContent).toMatch(/（一）予以公开 · 总计：3 → （空）/);
    // The built-in report itself is as it was.
    cleanup();
    renderApp(`/reports/${SEED}/edit`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '编辑报告' });
    await waitFor(() => expect(checksStatus()).toMatch(/错误 2/));
    expect(cell(TOTAL).value).toBe('');
  });
});

describe('findings', () => {
  it('name the table, row and column, not rule ids or paths (those are in the details)', async () => {
    renderApp(`/reports/${SEED}/checks?sev=all`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '勾稽校验' });
    const messages = [...document.querySelectorAll('.finding-message')].map((p) => p.textContent);
    expect(messages.length).toBe(53);
    for (const text of messages) {
      expect(text).not.toMatch(/sections\.|results-sum|[a-z]+\.[a-z]+/);
    }
    const wheres = [...document.querySelectorAll('.finding-where')].map((p) => p.textContent);
    expect(
      wheres.some((w) =>
        /三、收到和处理政府信息公开申请情况 · （一）予以公开 · 总计/.test(w ?? ''),
      ),
    ).toBe(true);
    // The paths are there for whoever asks.
    const details = document.querySelector('.finding-details') as HTMLElement;
    expect(within(details).getByText('详情')).toBeTruthy();
    expect(details.textContent).toMatch(/sections\./);
  });

  it('keep a dismissal with its note across a reload, and a confirmation', async () => {
    renderApp(`/reports/${SEED}/checks`, [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '勾稽校验' });
    const cards = await screen.findAllByRole('listitem');
    const finding = cards.find((c) => /整行未填写/.test(c.textContent ?? '')) as HTMLElement;
    const name = finding.querySelector('.finding-message')?.textContent as string;
    fireEvent.click(within(finding).getByRole('button', { name: '不是问题…' }));
    fireEvent.click(within(finding).getByRole('button', { name: '保存为“不是问题”' }));
    expect(within(finding).getByText('请写明理由。')).toBeTruthy();
    fireEvent.change(within(finding).getByLabelText('不是问题的理由（必填）'), {
      target: { value: '本年度没有此类案件' },
    });
    fireEvent.click(within(finding).getByRole('button', { name: '保存为“不是问题”' }));
    await within(finding).findByText(/本年度没有此类案件/);
    const other = cards.find(
      (c) => c !== finding && c.querySelector('.badge.error'),
    ) as HTMLElement;
    fireEvent.click(within(other).getByRole('button', { name: '确认有误' }));
    await waitFor(() =>
      expect(document.querySelector('.decisions-summary')?.textContent).toBe(
        '已确认 1 · 不是问题 1 · 待处理 24',
      ),
    );

    // A reload: nothing in memory, the decisions read back from IndexedDB.
    cleanup();
    useDecisions.setState({ byReport: {} });
    renderApp(`/reports/${SEED}/checks`, [seedFile()]);
    const again = await screen.findByRole('listitem', { name });
    await within(again).findByText(/本年度没有此类案件/);
    expect(within(again).getByText('不是问题')).toBeTruthy();
    expect(document.querySelector('.decisions-summary')?.textContent).toBe(
      '已确认 1 · 不是问题 1 · 待处理 24',
    );
  });
});
