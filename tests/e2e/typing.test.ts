import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// What a reader types into a table's search box or a column filter is kept, every keystroke,
// at any typing speed and on a slow machine, and the address follows it.

const SEED = 'liaocheng-nyncj-2020';

describe('typing into a table in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('keeps every keystroke of fast typing in the search box, and the address follows', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/publications`);
    const search = page.getByRole('searchbox', { name: '搜索表格' }).first();
    await search.click();
    await page.keyboard.type('xingzhengxuke', { delay: 20 });
    expect(await search.inputValue()).toBe('xingzhengxuke');
    await expect
      .poll(() => new URL(page.url().replace('#', '')).searchParams.get('p1.q'))
      .toBe('xingzhengxuke');
  });

  it('keeps every keystroke in a column filter on a CPU slowed down four times', async () => {
    const { page, context } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/publications`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      const filter = page.getByRole('textbox', { name: '筛选“项目”' }).nth(1);
      await filter.click();
      await page.keyboard.type('shenqing', { delay: 100 });
      expect(await filter.inputValue()).toBe('shenqing');
      await page.keyboard.type('本年新收', { delay: 20 });
      expect(await filter.inputValue()).toBe('shenqing本年新收');
      await expect
        .poll(() => new URL(page.url().replace('#', '')).searchParams.get('p5.f.label'))
        .toBe('shenqing本年新收');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  });
});
