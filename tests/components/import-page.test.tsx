// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllSaved } from '../../src/store/saved-reports-db.ts';
import { deleteSaved, putSaved } from '../../src/store/saved-reports-writes.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { buildReportFile, projectFile, seedFile } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

const seedText = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'));

async function clearStorage() {
  for (const record of (await readAllSaved()) as { id: string }[]) await deleteSaved(record.id);
  useSavedReports.setState({ saved: undefined });
}

beforeEach(clearStorage);
afterEach(() => {
  cleanup();
  resetReports();
});

function upload(...files: File[]) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

describe('the Import page', () => {
  it('imports the seed text, previews it beside its source, and saves it without replacing the built-in report', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(new File([seedText], 'liaocheng-nyncj-2020.txt', { type: 'text/plain' }));
    const card = await screen.findByRole('article', { name: 'liaocheng-nyncj-2020.txt' });
    await within(card).findByText('可以导入');
    expect(within(card).getByText(/聊城市农业农村局 · 2020 · 2019/)).toBeTruthy();
    expect(within(card).getByText('537余万元')).toBeTruthy();
    expect(within(card).getByText(/勾稽校验: 2 个错误/)).toBeTruthy();
    expect(within(card).getByRole('region', { name: '原文' }).textContent).toContain(
      '第二十条第（一）项',
    );

    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    const open = await within(card).findByRole('link', { name: '打开' });
    expect(open.getAttribute('href')).toBe('/reports/liaocheng-nyncj-2020-2/overview');
    const stored = (await readAllSaved()) as { id: string; file: { id: string } }[];
    expect(stored.map((r) => [r.id, r.file.id])).toEqual([
      ['liaocheng-nyncj-2020-2', 'liaocheng-nyncj-2020-2'],
    ]);
    const saved = screen.getByRole('region', { name: '已导入的报告' });
    expect(within(saved).getByRole('link', { name: '聊城市农业农村局 · 2020' })).toBeTruthy();
  });

  it('offers PDFs in the file picker, and shows on which page a PDF warning looked', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept.split(',')).toEqual(expect.arrayContaining(['.pdf', 'application/pdf']));
    const pdf = readFileSync(projectFile('tests/fixtures/corpus/hongze-district-gov-2024.pdf'));
    upload(new File([pdf], 'hongze-district-gov-2024.pdf', { type: 'application/pdf' }));
    const card = await screen.findByRole('article', { name: 'hongze-district-gov-2024.pdf' });
    await within(card).findByText('可以导入，有 1 条提醒', undefined, { timeout: 20_000 });
    expect(within(card).getByText(/淮安市洪泽区人民政府 · 2024 · 2021 · 格式 pdf/)).toBeTruthy();
    const warnings = within(card).getByRole('heading', { name: '导入提醒 (1)' }).parentElement;
    expect(warnings?.textContent).toMatch(/报告末尾没有找到发布日期.*— 第 5 页 · 第 \d+ 行/);
    expect(within(card).getByRole('region', { name: '原文' }).textContent).toMatch(/第 5 页/);
  });

  it('keeps the files read, unsaved, while the reader visits other pages and comes back', async () => {
    const { router } = renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(new File([JSON.stringify(buildReportFile('2021'))], 'kept.json'));
    await within(await screen.findByRole('article', { name: 'kept.json' })).findByText('可以导入');
    act(() => void router.navigate('/reports/liaocheng-nyncj-2020/overview'));
    await screen.findByRole('heading', { level: 1, name: '一、总体情况' });
    expect(screen.queryByRole('article', { name: 'kept.json' })).toBeNull();
    act(() => void router.navigate('/import'));
    const card = await screen.findByRole('article', { name: 'kept.json' });
    expect(within(card).getByText('可以导入')).toBeTruthy();
    expect(within(card).getByRole('button', { name: '保存' })).toBeTruthy();
    expect((await readAllSaved()) as unknown[]).toEqual([]);
  });

  it('opens a saved report after a reload (the store starts empty and reads the browser storage)', async () => {
    await putSaved([
      {
        id: 'test-county-2022',
        file: buildReportFile('2021'),
        fileName: 'x.html',
        format: 'html',
        savedAt: '2026-11-29T10:00:00Z',
      },
    ]);
    renderApp('/reports/test-county-2022/overview', [seedFile()]);
    expect(await screen.findByRole('heading', { level: 1, name: '一、总体情况' })).toBeTruthy();
    expect(screen.getAllByText('测试县人民政府').length).toBeGreaterThan(0);
    const switcher = screen.getByLabelText('选择报告') as HTMLSelectElement;
    expect([...switcher.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      '内置',
      '已导入',
    ]);
  });

  it('gives each bad file a clear message and imports the good ones', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    const huge = new File(['x'], 'huge.txt');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    upload(
      new File(['%PDF-1.7\n%âãÏÓ\n1 0 obj'], 'report.pdf'),
      new File([''], 'empty.txt'),
      huge,
      new File([JSON.stringify(buildReportFile('2021'))], 'good.json'),
    );
    // A card shows at once, while its file is read; wait for each to come to its verdict.
    const failed = async (name: string) => {
      const card = await screen.findByRole('article', { name });
      await within(card).findByText('无法导入', {}, { timeout: 5000 });
      return card;
    };
    expect((await failed('report.pdf')).textContent).toMatch(/PDF/);
    expect((await failed('empty.txt')).textContent).toMatch(/空/);
    expect((await failed('huge.txt')).textContent).toMatch(/20/);
    const good = await screen.findByRole('article', { name: 'good.json' });
    await within(good).findByText('可以导入', {}, { timeout: 5000 });
    expect(screen.getAllByText('无法导入')).toHaveLength(3);
  });

  it('saves several files in one go, all or nothing', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(
      new File([JSON.stringify(buildReportFile('2019'))], 'a.json'),
      new File([JSON.stringify(buildReportFile('2021'))], 'b.json'),
    );
    fireEvent.click(await screen.findByRole('button', { name: '全部保存（2 份）' }));
    await waitFor(async () => expect(((await readAllSaved()) as unknown[]).length).toBe(2));
    await expect(
      putSaved([
        { id: 'fine', file: {}, fileName: 'f', format: 'json', savedAt: '' },
        { file: {} } as never,
      ]),
    ).rejects.toThrow();
    expect(((await readAllSaved()) as { id: string }[]).map((r) => r.id).sort()).toEqual([
      'test-bureau-2020',
      'test-county-2022',
    ]);
  });

  it('shows a damaged stored entry as damaged, with its raw content and a delete button, the others intact', async () => {
    await putSaved([
      {
        id: 'broken',
        file: { schemaVersion: 1, id: 'broken' },
        fileName: 'b.json',
        format: 'json',
        savedAt: '',
      },
      {
        id: 'test-bureau-2020',
        file: buildReportFile('2019'),
        fileName: 'a.json',
        format: 'json',
        savedAt: '2026-11-29T10:00:00Z',
      },
    ]);
    renderApp('/import', [seedFile()]);
    const saved = await screen.findByRole('region', { name: '已导入的报告' });
    await within(saved).findByText('已损坏');
    expect(within(saved).getByRole('button', { name: '下载原始内容' })).toBeTruthy();
    expect(within(saved).getByRole('link', { name: '测试市测试局 · 2020' })).toBeTruthy();
    window.confirm = () => true;
    fireEvent.click(within(saved).getByRole('button', { name: '删除 broken' }));
    await waitFor(() => expect(within(saved).queryByText('已损坏')).toBeNull());
    expect(((await readAllSaved()) as { id: string }[]).map((r) => r.id)).toEqual([
      'test-bureau-2020',
    ]);
    // Deleting a report asks about it by agency and year, not by its internal id.
    const asked: string[] = [];
    window.confirm = (question?: string) => {
      asked.push(question ?? '');
      return false;
    };
    fireEvent.click(within(saved).getByRole('button', { name: '删除 test-bureau-2020' }));
    expect(asked).toEqual(['删除已导入的报告“测试市测试局 · 2020”？']);
  });

  it('lists the saved reports in the switcher of a built-in report as soon as the reader reaches for it', async () => {
    await putSaved([
      {
        id: 'test-county-2022',
        file: buildReportFile('2021'),
        fileName: 'x.html',
        format: 'html',
        savedAt: '2026-11-29T10:00:00Z',
      },
    ]);
    renderApp('/reports/liaocheng-nyncj-2020/overview', [seedFile()]);
    const switcher = (await screen.findByLabelText('选择报告')) as HTMLSelectElement;
    fireEvent.focus(switcher);
    await waitFor(() =>
      expect([...switcher.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
        '内置',
        '已导入',
      ]),
    );
    expect(within(switcher).getByRole('option', { name: /测试县人民政府/ })).toBeTruthy();
  });

  it('offers every kind of file it reads in the file picker', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    const accept = (document.querySelector('input[type=file]') as HTMLInputElement).accept.split(
      ',',
    );
    expect(accept).toEqual(
      expect.arrayContaining(['.txt', '.html', '.htm', '.shtml', '.docx', '.json', '.md']),
    );
  });

  it('previews table 二 item by item, each with its column headers', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(new File([seedText], 'liaocheng-nyncj-2020.txt', { type: 'text/plain' }));
    const card = await screen.findByRole('article', { name: 'liaocheng-nyncj-2020.txt' });
    await within(card).findByText('可以导入');
    const documents = within(card).getByRole('table', { name: /二、主动公开 · 规章、规范性文件/ });
    expect(
      within(documents)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    const procurement = within(card).getByRole('table', { name: /二、主动公开 · 政府集中采购/ });
    expect(within(procurement).getByRole('columnheader', { name: '采购总金额' })).toBeTruthy();
  });
});
