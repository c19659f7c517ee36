import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser.ts';

// A section chosen in the navigation opens at its heading; back and forward return the reader
// to where they were; a table's sort or filter (which changes the address too) moves nothing.

const SEED = 'liaocheng-nyncj-2020';

describe('scrolling between sections in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens a new section at its heading and restores the old position on back', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}#/reports/${SEED}/publications`);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const down = await page.evaluate(() => window.scrollY);

    // Clicked where it is on screen, as a reader does (the locator's click would first scroll
    // the sticky navigation "into view", moving the page).
    const link = page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('link', { name: '依申请公开' });
    const at = await link.boundingBox();
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x + at!.width / 2, at!.y + at!.height / 2);
    const heading = page.getByRole('heading', { level: 1, name: /收到和处理政府信息公开申请情况/ });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    expect(await heading.isVisible()).toBe(true);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);

    // A sort changes the address but not the page: the reader stays where they are.
    // (Not so far that the search box leaves the window: focusing it would scroll it back.)
    await page.mouse.wheel(0, 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const here = await page.evaluate(() => window.scrollY);
    await page.getByRole('searchbox', { name: '搜索表格' }).focus();
    await page.keyboard.type('公开');
    await expect.poll(() => page.url()).toContain('t.q=');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - here)).toBeLessThan(50);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /主动公开政府信息情况/ }).waitFor();
    // The page grows back as its charts are drawn, one at a time: give it the time it takes.
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 })
      .toBeGreaterThan(down - 50);
  });
});
