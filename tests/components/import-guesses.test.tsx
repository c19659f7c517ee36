// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useImports } from '../../src/store/import-store.ts';
import { readAllSaved } from '../../src/store/saved-reports-db.ts';
import { deleteSaved } from '../../src/store/saved-reports-writes.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { buildReportFile, projectFile, seedFile } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

// The Import page with a report whose name is printed nowhere it is looked for: the guess is
// marked, Save waits, the correction goes into what is saved. And a report saved twice.

/** The seed with its name taken out of the head and the signature, 本机关 in the text. */
const nameless = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'), 'utf8')
  .replace(/^聊城市农业农村局\n/, '')
  .replace(/\n聊城市农业农村局\n/, '\n')
  .replaceAll('聊城市农业农村局', '本机关');

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

type Stored = {
  id: string;
  file: { id: string; agency: { name: string }; template: string; sections: { proactive: object } };
};

describe('a guessed agency on the Import page', () => {
  it('is marked, keeps Save waiting, and the corrected name is what is saved, with its id', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(new File([nameless], '年报.txt', { type: 'text/plain' }));
    const card = await screen.findByRole('article', { name: '年报.txt' });
    await within(card).findByText(/可以导入，有 1 条提醒/);
    const details = within(card).getByRole('form', { name: '报告信息' });
    const agency = within(details).getByLabelText('机关名称') as HTMLInputElement;
    expect(agency.value).toBe('年报');
    expect(agency.getAttribute('aria-invalid')).toBe('true');
    expect(within(details).getByText('推测：取自文件名，请确认或更正')).toBeTruthy();
    // The year came from the 统计时限 sentence: read, not guessed.
    expect((within(details).getByLabelText('年度') as HTMLInputElement).value).toBe('2020');
    expect(within(details).getByText('取自统计时限')).toBeTruthy();
    expect(within(card).getByText(/机关名称“年报”取自文件名/)).toBeTruthy();
    const save = within(card).getByRole('button', { name: '保存' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(within(card).getByText('标出的信息是推测的：请确认或更正后再保存。')).toBeTruthy();
    const before = useImports.getState().items[0];
    const guessedId = before?.status === 'ready' ? before.imported.file.id : '';
    expect(guessedId).toMatch(/^report-2020-[0-9a-f]{8}$/);

    fireEvent.change(agency, { target: { value: '聊城市农业农村局' } });
    fireEvent.click(within(details).getByRole('button', { name: '重新读取' }));
    await waitFor(() =>
      expect(
        (within(card).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    expect(within(card).getByText(/聊城市农业农村局 · 2020 · 2019/)).toBeTruthy();
    expect(within(card).queryByText(/取自文件名/)).toBeNull();
    // Checked again as the corrected report: the seed's two errors are still found.
    expect(within(card).getByText(/勾稽校验: 2 个错误/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: '保存' }));
    await within(card).findByRole('link', { name: '打开' });
    const [stored] = (await readAllSaved()) as Stored[];
    expect(stored?.file.agency.name).toBe('聊城市农业农村局');
    expect(stored?.id).toMatch(/^report-2020-[0-9a-f]{8}$/);
    expect(stored?.id).not.toBe(guessedId);
    expect(stored?.file.id).toBe(stored?.id);
  });

  it('a template corrected reads the tables again in that template', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    upload(new File([nameless], '年报.txt', { type: 'text/plain' }));
    const card = await screen.findByRole('article', { name: '年报.txt' });
    const details = await within(card).findByRole('form', { name: '报告信息' });
    fireEvent.change(within(details).getByLabelText('表格格式'), { target: { value: '2021' } });
    fireEvent.click(within(details).getByRole('button', { name: '重新读取' }));
    await within(card).findByText(/ · 2020 · 2021/);
    const item = useImports.getState().items[0];
    expect(item?.status === 'ready' && item.imported.file.template).toBe('2021');
    const proactive = item?.status === 'ready' ? item.imported.file.sections.proactive : {};
    expect(Object.keys(proactive ?? {})).not.toContain('procurement');
  });
});

describe('saving a report that is already saved', () => {
  it('asks whether to replace it or keep both, and the switcher tells the two apart', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    const json = JSON.stringify(buildReportFile('2021'));
    upload(new File([json], 'county.json'));
    const first = await screen.findByRole('article', { name: 'county.json' });
    fireEvent.click(await within(first).findByRole('button', { name: '保存' }));
    await within(first).findByRole('link', { name: '打开' });
    fireEvent.click(within(first).getByRole('button', { name: '移除' }));

    upload(new File([json], 'county.json'));
    const second = await screen.findByRole('article', { name: 'county.json' });
    fireEvent.click(await within(second).findByRole('button', { name: '保存' }));
    const prompt = await within(second).findByRole('alertdialog');
    expect(prompt.textContent).toMatch(
      /这份报告已经保存过（测试县人民政府 · 2022，保存于 .+）：机关、年度和表格都相同。/,
    );
    expect(((await readAllSaved()) as unknown[]).length).toBe(1);
    fireEvent.click(within(prompt).getByRole('button', { name: '两份都保留' }));
    await within(second).findByRole('link', { name: '打开' });
    const kept = ((await readAllSaved()) as Stored[]).map((r) => r.id).sort();
    expect(kept).toEqual(['test-county-2022', 'test-county-2022-2']);

    const switcher = screen.getByLabelText('选择报告') as HTMLSelectElement;
    const imported = [...switcher.querySelectorAll('optgroup[label="已导入"] option')].map(
      (o) => o.textContent,
    );
    expect(imported).toHaveLength(2);
    expect(new Set(imported).size).toBe(2);
    expect(imported.every((label) => label?.startsWith('测试县人民政府 · 2022 · '))).toBe(true);

    // A third time, replacing: still two saved, the replaced one keeps its id.
    fireEvent.click(within(second).getByRole('button', { name: '移除' }));
    upload(new File([json], 'county-again.json'));
    const third = await screen.findByRole('article', { name: 'county-again.json' });
    fireEvent.click(await within(third).findByRole('button', { name: '保存' }));
    const again = await within(third).findByRole('alertdialog');
    fireEvent.click(within(again).getByRole('button', { name: '替换已保存的' }));
    const open = await within(third).findByRole('link', { name: '打开' });
    expect(open.getAttribute('href')).toBe('/reports/test-county-2022/overview');
    const after = (await readAllSaved()) as (Stored & { fileName: string })[];
    expect(after.map((r) => r.id).sort()).toEqual(['test-county-2022', 'test-county-2022-2']);
    expect(after.filter((r) => r.fileName === 'county-again.json')).toHaveLength(1);
  });

  it('a different report of the same agency and year is saved without asking', async () => {
    renderApp('/import', [seedFile()]);
    await screen.findByRole('heading', { level: 1, name: '导入报告' });
    const file = buildReportFile('2021');
    upload(new File([JSON.stringify(file)], 'a.json'));
    const a = await screen.findByRole('article', { name: 'a.json' });
    fireEvent.click(await within(a).findByRole('button', { name: '保存' }));
    await within(a).findByRole('link', { name: '打开' });
    const changed = structuredClone(file);
    (changed.sections.appeals as { reconsideration: { upheld: unknown } }).reconsideration.upheld =
      7;
    upload(new File([JSON.stringify(changed)], 'b.json'));
    const b = await screen.findByRole('article', { name: 'b.json' });
    fireEvent.click(await within(b).findByRole('button', { name: '保存' }));
    await within(b).findByRole('link', { name: '打开' });
    expect(within(b).queryByRole('alertdialog')).toBeNull();
    expect(((await readAllSaved()) as unknown[]).length).toBe(2);
  });
});
