import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

const base = JSON.parse(readFileSync('tests/fixtures/reports/valid-2021.json', 'utf8')) as Record<
  string,
  unknown
>;
const reportFile = (n: number) => ({
  name: `county-${n}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({ ...base, id: `county-${n}`, agency: { name: `测试县${n}` } }),
  ),
});

async function savedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('xxgk-dashboard');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reports')) return resolve([]);
          const req = db.transaction('reports').objectStore('reports').getAllKeys();
          req.onsuccess = () => {
            resolve((req.result as string[]).sort());
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

async function gotoImport(page: Page) {
  await page.goto(`${inject('baseUrl')}#/import`);
  await page.getByRole('heading', { level: 1, name: '导入报告' }).waitFor();
}

describe('stored reports in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('imports 500 files at once, one of them bad: the other 499 are saved, in one go', async () => {
    const { page } = session;
    await gotoImport(page);
    const files = Array.from({ length: 499 }, (_, i) => reportFile(i + 1));
    files.splice(250, 0, {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1,'),
    });
    await page.locator('input[type=file]').setInputFiles(files);
    const saveAll = page.getByRole('button', { name: '全部保存（499 份）' });
    await saveAll.waitFor({ timeout: 60_000 });
    expect(
      await page.getByRole('article', { name: 'broken.json' }).getByText('无法导入').count(),
    ).toBe(1);
    await saveAll.click();
    await page
      .getByRole('article', { name: 'county-499.json' })
      .getByRole('link', { name: '打开' })
      .waitFor();
    expect(await savedIds(page)).toHaveLength(499);
  });

  it('a second tab sees what the first saved', async () => {
    const other = await session.context.newPage();
    await gotoImport(other);
    const saved = other.getByRole('region', { name: '已导入的报告' });
    await saved.getByRole('link', { name: '测试县1 · 2022' }).waitFor();
    expect(
      await saved
        .getByRole('listitem')
        .filter({ has: other.getByRole('link') })
        .count(),
    ).toBe(499);
    await other.close();
  });

  it('a page closed in the middle of saving a batch loses nothing that was saved before', async () => {
    const { context } = session;
    const page = await context.newPage();
    await gotoImport(page);
    await page
      .locator('input[type=file]')
      .setInputFiles(Array.from({ length: 300 }, (_, i) => reportFile(1000 + i)));
    const saveAll = page.getByRole('button', { name: '全部保存（300 份）' });
    await saveAll.waitFor({ timeout: 60_000 });
    await saveAll.click();
    await page.close({ runBeforeUnload: false });
    const after = await context.newPage();
    await gotoImport(after);
    const ids = await savedIds(after);
    // The batch is one transaction: all of it or none of it, and the 499 from before stay.
    expect([499, 799]).toContain(ids.length);
    expect(ids.filter((id) => /^county-\d{1,3}$/.test(id))).toHaveLength(499);
    await after.close();
  });

  it('a damaged stored entry is shown as damaged; the other reports still open', async () => {
    const { page } = session;
    await gotoImport(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('xxgk-dashboard');
          open.onsuccess = () => {
            const tx = open.result.transaction('reports', 'readwrite');
            tx.objectStore('reports').put({
              id: 'damaged-entry',
              file: { schemaVersion: 1, id: 'damaged-entry', year: 'soon' },
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const saved = page.getByRole('region', { name: '已导入的报告' });
    const damaged = saved.getByRole('listitem').filter({ hasText: 'damaged-entry' });
    await damaged.getByText('已损坏').waitFor();
    expect(await damaged.getByRole('button', { name: '下载原始内容' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      damaged.getByRole('button', { name: '下载原始内容' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('damaged-entry.json');
    await saved.getByRole('link', { name: '测试县7 · 2022' }).click();
    await page.getByRole('heading', { level: 1, name: '一、总体情况' }).waitFor();
    expect(await page.getByText('测试县7').count()).toBeGreaterThan(0);
    await gotoImport(page);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '删除 damaged-entry' }).click();
    await page.getByText('已损坏').waitFor({ state: 'detached' });
    expect(await savedIds(page)).not.toContain('damaged-entry');
  });
});
