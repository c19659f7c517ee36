import { reportPagePaths, type ReportPagePath } from './sections.ts';

// Every address of the app, built by one function and read back by another. Under the hash
// router they follow `#`: `#/reports/<id>/<page>?<query>`, `#/import`, `#/reports/new`, `#/`,
// and across reports `#/reports` (the library), `#/agencies/<agency>`,
// `#/compare?reports=<id>~<id>`. (`new` is therefore never a report id: a saved report is given
// another.)

export type Place =
  | { readonly page: 'home' }
  | { readonly page: 'import' }
  /** A new report from the blank tables of a template (`?template=2019`). */
  | { readonly page: 'new'; readonly query?: Readonly<Record<string, string>> }
  | { readonly page: 'library' }
  /** `agency`: the agency's full name (agencyKey in src/report/agency-key.ts). */
  | { readonly page: 'agency'; readonly agency: string }
  /** `all`: every report of the library and its dataset, not only those chosen. */
  | { readonly page: 'compare'; readonly reports: readonly string[]; readonly all?: boolean }
  | {
      readonly page: 'report';
      readonly reportId: string;
      /** The report's page; its overview when left out. */
      readonly section?: ReportPagePath;
      readonly query?: Readonly<Record<string, string>>;
    };

/** The route patterns the router matches, for the places above. */
export const routePatterns = {
  report: 'reports/:reportId',
  reportPage: '/reports/:reportId/:section',
  import: 'import',
  newReport: 'reports/new',
  library: 'reports',
  agency: 'agencies/:agency',
  compare: 'compare',
} as const;

export function pathTo(place: Place): string {
  switch (place.page) {
    case 'home':
      return '/';
    case 'import':
      return `/${routePatterns.import}`;
    case 'library':
      return '/reports';
    case 'agency':
      return `/agencies/${encodeURIComponent(place.agency)}`;
    case 'compare':
      if (place.all) return '/compare?all=1';
      // Ids are [a-z0-9-]: joined by `~` as they are, the address reads as written.
      return `/compare?reports=${place.reports.join('~')}`;
    case 'new':
    case 'report': {
      const query = new URLSearchParams(place.query ?? {}).toString();
      const path =
        place.page === 'new'
          ? `/${routePatterns.newReport}`
          : `/reports/${encodeURIComponent(place.reportId)}/${place.section ?? 'overview'}`;
      return query ? `${path}?${query}` : path;
    }
  }
}

/**
 * The place a path names, or null for one the app does not have (the router then says so):
 * for starting a page's code, and the dataset's worker, before the router runs. A new report
 * (`reports/new` reads here as a report's address; its page's code loads when the router gets
 * there) and an agency's page are left to the router: each case here weighs on the first route.
 */
export function placeOf(path: string): Place | null {
  const [pathname = '', search = ''] = path.split('?');
  if (pathname === '' || pathname === '/') return { page: 'home' };
  if (pathname === `/${routePatterns.import}`) return { page: 'import' };
  if (pathname === `/${routePatterns.library}` || pathname === `/${routePatterns.library}/`)
    return { page: 'library' };
  if (pathname === `/${routePatterns.compare}`) {
    const query = new URLSearchParams(search);
    const reports = (query.get('reports') ?? '').split('~').filter(Boolean);
    return query.get('all') === '1'
      ? { page: 'compare', reports, all: true }
      : { page: 'compare', reports };
  }
  const report = /^\/reports\/([^/]+)(?:\/([\w-]+))?\/?$/.exec(pathname);
  if (!report) return null;
  const reportId = decodeURIComponent(report[1] as string);
  const section = report[2];
  if (section === undefined) return { page: 'report', reportId };
  return (reportPagePaths as readonly string[]).includes(section)
    ? { page: 'report', reportId, section: section as ReportPagePath }
    : null;
}
