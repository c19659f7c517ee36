import { useEffect, type MouseEvent } from 'react';
import { Link, Outlet, useMatch, useNavigate } from 'react-router-dom';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { usePreferences } from '../../store/preferences-store.ts';
import { useReports } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { optionLabel } from './option-labels.ts';
import { useAllReportEntries } from './use-report-entry.ts';
import { useScrollOnNavigation } from './use-scroll-on-navigation.ts';
import { pathTo, routePatterns } from '../paths.ts';
import { reportPagePaths, type ReportPagePath } from '../sections.ts';

/**
 * The router owns the URL's `#`: following `#main` would navigate to a page called "main".
 * Focus the page's main content instead, as a skip link does on an ordinary page.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.querySelector<HTMLElement>('main');
  if (!main) return;
  if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
  main.focus();
}

/** The frame of every page: title, report switcher, language switch, and the page below. */
export function AppLayout() {
  const m = useMessages(appMessages);
  const setLang = usePreferences((s) => s.setLang);
  const index = useReports((s) => s.index);
  const loadIndex = useReports((s) => s.loadIndex);
  const loadSaved = useSavedReports((s) => s.loadSaved);
  const { builtin, imported } = useAllReportEntries();
  const all = [...builtin, ...imported];
  const label = (r: (typeof all)[number]) => optionLabel(r, all, m.importedNth, m.editedCopy);
  const match = useMatch(routePatterns.reportPage);
  // A report shown that no list holds (one opened from a dataset) is named by what it says.
  const shown = useReports((s) => s.reports[match?.params.reportId ?? '']);
  const navigate = useNavigate();
  useScrollOnNavigation();

  useEffect(() => {
    void loadIndex();
  }, [loadIndex]);

  // The reports saved in this browser are read when wanted: on a page other than a built-in
  // report's (Import, the library …), or as the reader reaches for the switcher.
  const onReport = match !== null;
  useEffect(() => {
    if (!onReport) void loadSaved();
  }, [onReport, loadSaved]);
  const wantSaved = () => void loadSaved();

  useEffect(() => {
    document.documentElement.lang = m.locale;
  }, [m.locale]);

  // Switching reports keeps the page the reader is on.
  const here = match?.params.section ?? '';
  const section: ReportPagePath = (reportPagePaths as readonly string[]).includes(here)
    ? (here as ReportPagePath)
    : 'overview';

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {m.skipToContent}
      </a>
      <header className="app-header">
        <Link to={pathTo({ page: 'home' })} className="app-name">
          {m.appName}
        </Link>
        <div className="app-controls">
          {index?.status === 'ready' ? (
            <label className="report-switcher">
              <span>{m.reportSwitcher}</span>
              <select
                onPointerEnter={wantSaved}
                onFocus={wantSaved}
                value={match?.params.reportId ?? ''}
                onChange={(e) =>
                  navigate(pathTo({ page: 'report', reportId: e.target.value, section }))
                }
              >
                {match?.params.reportId &&
                ![...builtin, ...imported].some((r) => r.id === match.params.reportId) ? (
                  <option value={match.params.reportId}>
                    {shown?.status === 'ready'
                      ? `${shown.data.report.agency.name} · ${shown.data.report.year}`
                      : match.params.reportId}
                  </option>
                ) : null}
                <optgroup label={m.builtinGroup}>
                  {builtin.map((r) => (
                    <option key={r.id} value={r.id}>
                      {label(r)}
                    </option>
                  ))}
                </optgroup>
                {imported.length > 0 ? (
                  <optgroup label={m.importedGroup}>
                    {imported.map((r) => (
                      <option key={r.id} value={r.id}>
                        {label(r)}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            </label>
          ) : null}
          <Link to={pathTo({ page: 'library' })} className="header-link">
            {m.navLibrary}
          </Link>
          <Link to={pathTo({ page: 'import' })} className="header-link">
            {m.navImport}
          </Link>
          <button
            type="button"
            className="lang-switch"
            lang={m.switchLanguageLocale}
            // Named by what it shows (the language it turns to), described by what it does.
            aria-describedby="lang-switch-hint"
            onClick={() => {
              const next = m.switchLanguageTo;
              // Switch once the strings are here, so the page never goes blank in between.
              void appMessages.load(next).then(() => setLang(next));
            }}
          >
            {m.switchLanguage}
          </button>
          <span id="lang-switch-hint" hidden>
            {m.switchLanguageLabel}
          </span>
        </div>
      </header>
      <Outlet />
    </div>
  );
}
