// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readAllSaved } from '../../src/store/saved-reports-db.ts';
import { deleteSaved } from '../../src/store/saved-reports-writes.ts';
import { useImports } from '../../src/store/import-store.ts';
import { useSavedReports } from '../../src/store/saved-reports-store.ts';
import { projectFile, seedFile } from '../builders.ts';
import { renderApp, resetReports } from './render-app.tsx';

// A cell the importer read wrong (or the report left blank) is corrected in the Import preview,
// checked again at once, and saved as corrected.

const seedText = readFileSync(projectFile('tests/fixtures/seed/liaocheng-nyncj-2020.txt'));

beforeEach(async () => {
  for (const record of (await readAllSaved()) as { id: string }[]) await deleteSaved(record.id);
  useSavedReports.setState({ saved: undefined });
  useImports.setState({ items: [] });
});
afterEach(() => {
  cleanup();
  resetReports();
});

it('corrects a cell in the Import preview before Save: the checks follow, and the corrected report is saved', async () => {
  renderApp('/import', [seedFile()]);
  await screen.findByRole('heading', { level: 1, name: '导入报告' });
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: [new File([seedText], 'liaocheng-nyncj-2020.txt', { type: 'text/plain' })] },
  });
  const card = await screen.findByRole('article', { name: 'liaocheng-nyncj-2020.txt' });
  await within(card).findByText('可以导入');
  expect(within(card).getByText(/勾稽校验: 2 个错误/)).toBeTruthy();

  fireEvent.click(within(card).getByText('更正识别错的单元格'));
  const cell = await within(card).findByRole('textbox', { name: '（一）予以公开 · 总计' });
  expect(cell.getAttribute('aria-invalid')).toBe('true');
  fireEvent.change(cell, { target: { value: '3' } });
  await within(card).findByText(/勾稽校验: 0 个错误/);
  expect(within(card).getByText('已更正 1 个单元格')).toBeTruthy();
  expect(
    within(card)
      .getByRole('textbox', { name: '（一）予以公开 · 总计' })
      .getAttribute('aria-invalid'),
  ).toBeNull();

  fireEvent.click(within(card).getByRole('button', { name: '保存' }));
  await within(card).findByRole('link', { name: '打开' });
  const [stored] = (await readAllSaved()) as {
    file: { sections: { applications: { results: { granted: { total: unknown } } } } };
  }[];
  await waitFor(() => expect(stored).toBeTruthy());
  expect(stored?.file.sections.applications.results.granted.total).toBe(3);
});
