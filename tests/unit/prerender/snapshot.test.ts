// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHOOSER,
  fingerprint,
  routeOf,
  shownSnapshot,
  snapshotBlock,
  type SnapshotMark,
} from '../../../src/prerender/snapshot.ts';

const SEED = 'liaocheng-nyncj-2020';
const mark = (section: string, isDefault = false): SnapshotMark => ({
  route: `/reports/${SEED}/${section}`,
  isDefault,
  index: '0a1b2c3d',
  report: '4e5f6a7b',
  reportId: SEED,
  reportFile: `${SEED}.json`,
});

/** index.html's body as the build writes it: #root, the pages' data blocks, the chooser. */
function page(hash: string) {
  window.location.hash = hash;
  document.head.innerHTML = '';
  document.body.innerHTML = [
    '<div id="root"></div>',
    snapshotBlock(mark('overview', true), '<main><h1>总体情况</h1></main>'),
    snapshotBlock(
      mark('applications'),
      '<main><h1>依申请公开</h1><table><tbody><tr><td>6</td></tr></tbody></table></main>',
    ),
  ].join('\n');
  new Function(CHOOSER)();
  return document.getElementById('root') as HTMLElement;
}

describe('fingerprint', () => {
  it('is eight hex digits, the same for the same text, different for a changed one', () => {
    expect(fingerprint('聊城市农业农村局')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('聊城市农业农村局')).toBe(fingerprint('聊城市农业农村局'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
    expect(fingerprint('')).toBe('811c9dc5');
  });
});

describe('routeOf', () => {
  it('reads the route from the address’s #', () => {
    expect(routeOf('#/reports/x/overview')).toBe('/reports/x/overview');
    expect(routeOf('')).toBe('/');
    expect(routeOf('#')).toBe('/');
  });
});

describe('snapshotBlock', () => {
  it('is a data block the browser does not run, carrying what the page was drawn from', () => {
    const block = snapshotBlock(mark('overview', true), '<p>a &lt; b</p>');
    expect(block).toBe(
      `<script type="text/x-xxgk-snapshot" data-snapshot="/reports/${SEED}/overview" data-default data-index="0a1b2c3d" data-report="4e5f6a7b" data-report-id="${SEED}" data-report-file="${SEED}.json"><p>a &lt; b</p></script>`,
    );
  });

  it('escapes its attributes', () => {
    const block = snapshotBlock({ ...mark('x'), reportId: 'a"b<c&d' }, '');
    expect(block).toContain('data-report-id="a&quot;b&lt;c&amp;d"');
  });

  it('refuses a page that would end the block or start a script', () => {
    expect(() => snapshotBlock(mark('x'), '<p></script><script>alert(1)</script>')).toThrow(
      /script tag/,
    );
    expect(() => snapshotBlock(mark('x'), '<SCRIPT src=x>')).toThrow(/script tag/);
  });
});

describe('the chooser (the inline script in index.html)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    window.location.hash = '';
  });

  it('shows the page of the address and marks #root with what it was drawn from', () => {
    const root = page(`#/reports/${SEED}/applications`);
    expect(root.querySelector('h1')?.textContent).toBe('依申请公开');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(shownSnapshot(root)).toEqual(mark('applications'));
    // The report it shows is requested at once, as the app will request it.
    const preload = document.head.querySelector('link[rel="preload"]') as HTMLLinkElement;
    expect(preload.getAttribute('href')).toBe(`data/reports/${SEED}.json`);
    expect(preload.getAttribute('as')).toBe('fetch');
    expect(preload.crossOrigin).toBe('anonymous');
  });

  it('shows the default report’s overview on the bare address', () => {
    for (const hash of ['', '#/']) {
      const root = page(hash);
      expect(root.querySelector('h1')?.textContent).toBe('总体情况');
      expect(shownSnapshot(root)).toEqual(mark('overview', true));
    }
  });

  it('shows nothing for an address it has no page for', () => {
    for (const hash of [
      `#/reports/${SEED}/applications?sort=person`,
      `#/reports/${SEED}/print`,
      '#/reports/another-report/overview',
      '#/import',
    ]) {
      const root = page(hash);
      expect(root.innerHTML, hash).toBe('');
      expect(shownSnapshot(root), hash).toBeNull();
    }
  });

  it('shows nothing to a reader who chose English (the pages are in Chinese)', () => {
    localStorage.setItem('xxgk-preferences', JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    expect(page(`#/reports/${SEED}/overview`).innerHTML).toBe('');
  });

  it('shows the Chinese page when the stored preferences are damaged or Chinese', () => {
    localStorage.setItem('xxgk-preferences', '{not json');
    expect(shownSnapshot(page(`#/reports/${SEED}/overview`))?.route).toContain('overview');
    localStorage.setItem('xxgk-preferences', JSON.stringify({ state: { lang: 'zh' } }));
    expect(shownSnapshot(page(`#/reports/${SEED}/overview`))?.route).toContain('overview');
  });
});
