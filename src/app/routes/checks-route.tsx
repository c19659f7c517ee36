import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Finding, FindingTable, Severity } from '../../checks/finding.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { checksMessages, type ChecksMessages } from '../../i18n/checks-messages.ts';
import { findingsMessages } from '../../i18n/findings-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { FindingsList } from '../findings/findings-list.tsx';
import { crossFindingLinks, isCrossReportFinding } from '../library/cross-finding-links.ts';
import { useCrossFindings } from '../library/use-cross-findings.ts';
import { pathTo } from '../paths.ts';
import { sectionOfTable } from '../sections.ts';
import { useOpenReport } from '../use-open-report.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';

// The default view leads with what failed (errors and warnings); what could not be assessed
// is counted, and listed on request.
type SeverityFilter = Severity | 'all' | 'failed';
type TableFilter = FindingTable | 'all';
const severities: readonly SeverityFilter[] = ['failed', 'all', 'error', 'warning', 'info'];
const tables: readonly TableFilter[] = ['all', 'proactive', 'applications', 'appeals', 'report'];

const severityName = (m: ChecksMessages, s: SeverityFilter, failed: string) =>
  s === 'failed'
    ? failed
    : s === 'all'
      ? m.checksAll
      : s === 'error'
        ? m.severityError
        : s === 'warning'
          ? m.severityWarning
          : m.severityInfo;
const tableName = (m: ChecksMessages, t: TableFilter) =>
  ({
    all: m.checksAll,
    proactive: m.tableProactive,
    applications: m.tableApplications,
    appeals: m.tableAppeals,
    report: m.tableReport,
  })[t];

/** Where a finding is shown: its table's page, with its cells highlighted. */
export function findingLink(reportId: string, finding: Finding): string {
  const section = sectionOfTable[finding.table];
  if (finding.table === 'report') return pathTo({ page: 'report', reportId, section });
  return pathTo({ page: 'report', reportId, section, query: { hl: finding.cells.join(',') } });
}

export function ChecksRoute() {
  const { entry, findings: own } = useOpenReport();
  // The checks across years are findings like any other, on the later year's page.
  const { cross, known } = useCrossFindings(entry.id);
  const findings = useMemo(() => [...own, ...cross], [own, cross]);
  const ui = useMessages(appMessages);
  const m = useMessages(checksMessages);
  const fm = useMessages(findingsMessages);
  const [severity, setSeverity] = useUrlParam<SeverityFilter>(
    'sev',
    oneOf(severities, 'failed'),
    'failed',
  );
  const [table, setTable] = useUrlParam<TableFilter>('table', oneOf(tables, 'all'), 'all');
  const matches = (s: SeverityFilter, f: Finding) =>
    s === 'all' || (s === 'failed' ? f.status === 'failed' : f.severity === s);
  const shown = findings.filter(
    (f) => matches(severity, f) && (table === 'all' || f.table === table),
  );
  const count = (s: SeverityFilter) => findings.filter((f) => matches(s, f)).length;
  const notAssessable = count('info');

  return (
    <>
      <h1>{ui.sectionChecks}</h1>
      <p>{m.checksIntro}</p>
      <div className="filters">
        <label>
          {m.checksFilterSeverity}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as SeverityFilter)}>
            {severities.map((s) => (
              <option key={s} value={s}>
                {severityName(m, s, fm.filterFailed)} ({count(s)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.checksFilterTable}
          <select value={table} onChange={(e) => setTable(e.target.value as TableFilter)}>
            {tables.map((t) => (
              <option key={t} value={t}>
                {tableName(m, t)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {m.checksCount(shown.length)}
        </span>
      </div>
      {count('failed') === 0 ? (
        <p className="card checks-passed" role="status">
          {fm.allPassed}
        </p>
      ) : null}
      {severity === 'failed' && notAssessable > 0 ? (
        <p className="muted">
          {fm.notAssessable(notAssessable)}{' '}
          <Link
            to={pathTo({
              page: 'report',
              reportId: entry.id,
              section: 'checks',
              query: { sev: 'info' },
            })}
          >
            {fm.showNotAssessable(notAssessable)}
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={pathTo({ page: 'report', reportId: entry.id, section: 'review' })}>
          {fm.reviewLink}
        </Link>
      </p>
      {shown.length === 0 ? (
        count('failed') === 0 && severity === 'failed' ? null : (
          <p className="card">{m.checksNone}</p>
        )
      ) : (
        <FindingsList
          findings={shown}
          cross={cross}
          crossKnown={known}
          link={(f) => (
            <>
              <Link to={findingLink(entry.id, f)}>{m.checksShowInTable}</Link>
              {isCrossReportFinding(f) ? (
                <span className="finding-earlier">
                  {' · '}
                  {m.checksEarlier(f.earlier.agency, f.earlier.year)}{' '}
                  <Link to={crossFindingLinks(f).earlier}>{m.checksShowInTable}</Link>
                </span>
              ) : null}
            </>
          )}
          severityName={(s) => severityName(m, s, fm.filterFailed)}
        />
      )}
    </>
  );
}
