import type { CrossReportFinding, Finding } from '../checks/finding.ts';
import { runCrossChecks } from '../checks/run-cross-checks.ts';
import { countBySeverity } from '../checks/run-checks.ts';
import type { LoadedReport } from '../load/load-report.ts';
import { agencyKey } from '../report/agency-key.ts';

// Every report the app has, with what holds across them: each report's findings and those of
// the checks across years, its agency, its counts. Pure and derived: a store keeps the loaded
// reports, this is computed from them whenever they change.

export type ReportOrigin = 'builtin' | 'saved';

export interface LibraryInput extends LoadedReport {
  readonly origin: ReportOrigin;
}

export interface LibraryEntry extends LibraryInput {
  readonly id: string;
  /** The agency's full name (agencyKey): the same for all its reports. */
  readonly agencyKey: string;
  /** The findings of the checks across years about this report (it is the later year). */
  readonly cross: readonly CrossReportFinding[];
  /** Its own findings and those across years, most severe first. */
  readonly allFindings: readonly Finding[];
  /** Failed findings by severity, and how many could not be assessed. */
  readonly counts: {
    readonly error: number;
    readonly warning: number;
    readonly notAssessable: number;
  };
}

export interface Library {
  /** In agency, then year order. */
  readonly entries: readonly LibraryEntry[];
  readonly byId: ReadonlyMap<string, LibraryEntry>;
  /** Each agency's reports, oldest first. */
  readonly agencies: ReadonlyMap<string, readonly LibraryEntry[]>;
  /** The latest reporting year of any report. */
  readonly latestYear: number | null;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

export function buildLibrary(inputs: readonly LibraryInput[]): Library {
  const cross = runCrossChecks(inputs.map((i) => i.report));
  const entries = inputs
    .map((input): LibraryEntry => {
      const own = cross.filter((f) => f.reportId === input.report.id);
      const allFindings = [...input.findings, ...own].sort(
        (a, b) => severityRank[a.severity] - severityRank[b.severity],
      );
      const failed = countBySeverity(allFindings.filter((f) => f.status === 'failed'));
      return {
        ...input,
        id: input.report.id,
        agencyKey: agencyKey(input.report.agency),
        cross: own,
        allFindings,
        counts: {
          error: failed.error,
          warning: failed.warning,
          notAssessable: allFindings.filter((f) => f.status === 'not-assessable').length,
        },
      };
    })
    .sort(
      (a, b) =>
        a.agencyKey.localeCompare(b.agencyKey, 'zh-CN') ||
        a.report.year - b.report.year ||
        a.id.localeCompare(b.id),
    );
  const agencies = new Map<string, LibraryEntry[]>();
  for (const entry of entries) {
    agencies.set(entry.agencyKey, [...(agencies.get(entry.agencyKey) ?? []), entry]);
  }
  const years = entries.map((e) => e.report.year);
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    agencies,
    latestYear: years.length ? Math.max(...years) : null,
  };
}

/** One year of an agency: its reports (none when the agency has no report for it). */
export interface AgencyYear {
  readonly year: number;
  readonly entries: readonly LibraryEntry[];
}

/** Every year from an agency's first report to its last, a year without one included. */
export function agencyYears(library: Library, key: string): AgencyYear[] {
  const entries = library.agencies.get(key) ?? [];
  const first = entries[0]?.report.year;
  const last = entries.at(-1)?.report.year;
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => ({
    year,
    entries: entries.filter((e) => e.report.year === year),
  }));
}

/** An agency with a report for `year` and none for the year after. */
export interface MissingNext {
  readonly agencyKey: string;
  readonly entry: LibraryEntry;
  readonly year: number;
  readonly missing: number;
}

/**
 * For a supervisor: each agency's year followed by a year it has no report for, up to the
 * latest year any report is for (a year no agency has reached yet is not missing).
 */
export function missingNextYears(library: Library): MissingNext[] {
  const latest = library.latestYear;
  if (latest === null) return [];
  const missing: MissingNext[] = [];
  for (const [key, entries] of library.agencies) {
    const years = new Set(entries.map((e) => e.report.year));
    for (const year of [...years].sort()) {
      if (year < latest && !years.has(year + 1)) {
        const entry = entries.filter((e) => e.report.year === year).at(-1) as LibraryEntry;
        missing.push({ agencyKey: key, entry, year, missing: year + 1 });
      }
    }
  }
  return missing.sort((a, b) => a.year - b.year || a.agencyKey.localeCompare(b.agencyKey, 'zh-CN'));
}
