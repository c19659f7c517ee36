import type { ReportIndex } from '../report/report-index.ts';
import type { OpenReport } from '../store/reports-store.ts';

/**
 * Prerendered pages ("snapshots"). The build renders each section of the embedded default
 * report with the app's own components and puts the HTML into index.html, each page as the
 * text of a `<script type="text/x-xxgk-snapshot">` (a data block: the browser neither runs
 * nor parses it, so the pages not asked for cost next to nothing); a
 * small inline script (`CHOOSER`) shows the one the address asks for before any JavaScript file
 * has arrived, and the app then takes it over (hydrates) once the data it was drawn from is here
 * and unchanged. This module is shared by the build and the page.
 */

/** FNV-1a (32 bits) of a string's UTF-16 code units, as 8 hex digits: cheap, not secure. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a snapshot was drawn from, as the app holds it after loading (not the file's bytes: a
 * file re-saved with other spacing draws the same page). A snapshot is used only while both
 * fingerprints still match.
 */
export const indexFingerprint = (index: ReportIndex) => fingerprint(JSON.stringify(index));
export const reportFingerprint = (loaded: OpenReport) =>
  fingerprint(JSON.stringify([loaded.entry, loaded.report]));

/** The route a `#…` address names: `#/reports/x/overview` → `/reports/x/overview`; `` → `/`. */
export const routeOf = (hash: string) => hash.replace(/^#/, '') || '/';

/** Where the chooser keeps the controls clicked before the app has taken the page over. */
export const EARLY_ACTIONS = '__xxgkEarlyClicks';

/** localStorage key of the persisted preferences (src/store/preferences-store.ts). */
export const PREFERENCES_KEY = 'xxgk-preferences';

/** The data attributes a snapshot's data block carries, and the chooser copies to #root. */
export interface SnapshotMark {
  /** The route it shows, e.g. `/reports/liaocheng-nyncj-2020/applications`. */
  readonly route: string;
  /** It is also what the bare address (`/`, the default report's overview) shows. */
  readonly isDefault: boolean;
  readonly index: string;
  readonly report: string;
  readonly reportId: string;
  /** Its file under data/reports/: the chooser asks the browser to fetch it at once. */
  readonly reportFile: string;
}

/**
 * Runs inline, at the end of <body>: picks the snapshot of the address's route and puts it
 * into #root, marked with what it was drawn from. Nothing when the reader chose English (the
 * snapshots are Chinese) or the address has none (another report, a query string such as a
 * table's sort order, the Import page).
 *
 * Plain ES5 in a string: it is inserted as is, and the Content-Security-Policy allows
 * exactly this text by its SHA-256 hash.
 */
export const CHOOSER = `(function () {
  function english() {
    try {
      var saved = JSON.parse(localStorage.getItem('${PREFERENCES_KEY}') || 'null');
      return !!(saved && saved.state && saved.state.lang === 'en');
    } catch (e) {
      return false;
    }
  }
  function show() {
    var root = document.getElementById('root');
    var route = location.hash.replace(/^#/, '') || '/';
    var all = document.querySelectorAll('script[data-snapshot]');
    for (var i = 0; i < all.length; i++) {
      var t = all[i];
      if (t.getAttribute('data-snapshot') !== route && !(route === '/' && t.hasAttribute('data-default'))) continue;
      root.innerHTML = t.textContent;
      root.setAttribute('data-snapshot', t.getAttribute('data-snapshot'));
      root.setAttribute('data-snapshot-index', t.getAttribute('data-index'));
      root.setAttribute('data-snapshot-report', t.getAttribute('data-report'));
      root.setAttribute('data-snapshot-report-id', t.getAttribute('data-report-id'));
      root.setAttribute('data-snapshot-report-file', t.getAttribute('data-report-file'));
      if (t.hasAttribute('data-default')) root.setAttribute('data-snapshot-default', '');
      // The app will need the report it shows: start fetching it now, not once its code runs.
      var preload = document.createElement('link');
      preload.setAttribute('rel', 'preload');
      preload.setAttribute('as', 'fetch');
      preload.setAttribute('crossorigin', 'anonymous');
      preload.setAttribute('href', 'data/reports/' + t.getAttribute('data-report-file'));
      document.head.appendChild(preload);
      return true;
    }
    return false;
  }
  // What the reader does on the page before the app has taken it over is kept, not lost
  // (src/prerender/early-actions.ts carries it out): a click on a button, a checkbox or a
  // summary is held back; the text typed into a box and a choice in a list are noted.
  function keep() {
    var early = (window['${EARLY_ACTIONS}'] = { clicks: [], typed: [] });
    var root = document.getElementById('root');
    function waiting(t) {
      return document.documentElement.getAttribute('data-app') !== 'ready' && t && root.contains(t);
    }
    document.addEventListener('click', function (e) {
      var t = e.target && e.target.closest;
      t = t ? e.target.closest('button, summary, input[type=checkbox], input[type=radio]') : null;
      if (!waiting(t)) return;
      e.preventDefault();
      e.stopPropagation();
      early.clicks.push(t);
    }, true);
    document.addEventListener('input', function (e) {
      var t = e.target;
      if (!waiting(t) || (t.tagName !== 'INPUT' && t.tagName !== 'SELECT')) return;
      for (var i = 0; i < early.typed.length; i++) if (early.typed[i].element === t) early.typed.splice(i, 1);
      early.typed.push({ element: t, value: t.value });
    }, true);
  }
  if (!english() && show()) keep();
})();`;

/** The snapshot the chooser put into `root`, if any. */
export function shownSnapshot(root: HTMLElement): SnapshotMark | null {
  const route = root.getAttribute('data-snapshot');
  if (route === null) return null;
  return {
    route,
    isDefault: root.hasAttribute('data-snapshot-default'),
    index: root.getAttribute('data-snapshot-index') ?? '',
    report: root.getAttribute('data-snapshot-report') ?? '',
    reportId: root.getAttribute('data-snapshot-report-id') ?? '',
    reportFile: root.getAttribute('data-snapshot-report-file') ?? '',
  };
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * One snapshot as the data block the chooser looks for. `html` is React's output, in which
 * text and attribute values have every `<` escaped; a `<script` or `</script` in it would end
 * or change the block, so it is refused.
 */
export function snapshotBlock(mark: SnapshotMark, html: string): string {
  if (/<\/?script/i.test(html)) throw new Error(`${mark.route}: the page contains a script tag`);
  const attributes = [
    `data-snapshot="${escapeAttribute(mark.route)}"`,
    mark.isDefault ? 'data-default' : '',
    `data-index="${mark.index}"`,
    `data-report="${mark.report}"`,
    `data-report-id="${escapeAttribute(mark.reportId)}"`,
    `data-report-file="${escapeAttribute(mark.reportFile)}"`,
  ].filter(Boolean);
  return `<script type="text/x-xxgk-snapshot" ${attributes.join(' ')}>${html}</script>`;
}
