import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Finding, FindingTable, Severity } from '../../checks/finding.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { checksMessages, type ChecksMessages } from '../../i18n/checks-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { crossFindingLinks, isCrossReportFinding } from '../library/cross-finding-links.ts';
import { useCrossFindings } from '../library/use-cross-findings.ts';
import { pathTo } from '../paths.ts';
import { sectionOfTable } from '../sections.ts';
import { useOpenReport } from '../use-open-report.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';

type SeverityFilter = Severity | 'all';
type TableFilter = FindingTable | 'all';
const severities: readonly SeverityFilter[] = ['all', 'error', 'warning', 'info'];
const tables: readonly TableFilter[] = ['all', 'proactive', 'applications', 'appeals', 'report'];

const severityName = (m: ChecksMessages, s: SeverityFilter) =>
  s === 'all'
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
function findingLink(reportId: string, finding: Finding): string {
  const section = sectionOfTable[finding.table];
  if (finding.table === 'report') return pathTo({ page: 'report', reportId, section });
  return pathTo({ page: 'report', reportId, section, query: { hl: finding.cells.join(',') } });
}

export function ChecksRoute() {
  const { entry, findings: own } = useOpenReport();
  // The checks across years are findings like any other, on the later year's page.
  const cross = useCrossFindings(entry.id);
  const findings = useMemo(() => [...own, ...cross], [own, cross]);
  const ui = useMessages(appMessages);
  const m = useMessages(checksMessages);
  const [severity, setSeverity] = useUrlParam<SeverityFilter>(
    'sev',
    oneOf(severities, 'all'),
    'all',
  );
  const [table, setTable] = useUrlParam<TableFilter>('table', oneOf(tables, 'all'), 'all');
  const shown = findings.filter(
    (f) =>
      (severity === 'all' || f.severity === severity) && (table === 'all' || f.table === table),
  );
  const count = (s: SeverityFilter) =>
    findings.filter((f) => s === 'all' || f.severity === s).length;

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
                {severityName(m, s)} ({count(s)})
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
      {shown.length === 0 ? (
        <p className="card">{m.checksNone}</p>
      ) : (
        <ul className="findings-list">
          {shown.map((f, i) => (
            <li
              key={`${f.ruleId}-${f.cells[0] ?? ''}-${i}`}
              className={`finding card severity-${f.severity}`}
            >
              <span className={`badge ${f.severity}`}>
                <span aria-hidden="true">
                  {f.severity === 'error' ? '✕' : f.severity === 'warning' ? '!' : 'i'}
                </span>{' '}
                {severityName(m, f.severity)}
              </span>
              <div className="finding-body">
                <p className="finding-message">{m.text(f.message)}</p>
                <p className="finding-meta">
                  <code>{f.ruleId}</code> · {tableName(m, f.table)}
                  {f.expected !== undefined ? ` · ${m.checksExpected} ${f.expected ?? '—'}` : ''}
                  {f.actual !== undefined ? ` · ${m.checksActual} ${f.actual ?? '—'}` : ''}
                </p>
                <p className="finding-cells">
                  <code>{f.cells[0]}</code>{' '}
                  <Link to={findingLink(entry.id, f)}>{m.checksShowInTable}</Link>
                </p>
                {isCrossReportFinding(f) ? (
                  <p className="finding-cells">
                    {m.checksEarlier(f.earlier.agency, f.earlier.year)}{' '}
                    <code>{f.earlier.cells[0]}</code>{' '}
                    <Link to={crossFindingLinks(f).earlier}>{m.checksShowInTable}</Link>
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
