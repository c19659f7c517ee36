import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Severity } from '../../checks/finding.ts';
import { buildCsv } from '../../export/csv.ts';
import { downloadBlob, downloadText } from '../../export/download.ts';
import { tableRecords } from '../../export/export-table.ts';
import { exportFileName } from '../../export/file-name.ts';
import { buildXlsx } from '../../export/sheet-cells.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { checksMessages } from '../../i18n/checks-messages.ts';
import { findingsMessages } from '../../i18n/findings-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { cellLocations } from '../../report/cell-location.ts';
import { findingViews } from '../findings/finding-view.ts';
import { reviewTable } from '../findings/review-table.ts';
import { useFindingDecisions } from '../findings/use-finding-decisions.ts';
import { useCrossFindings } from '../library/use-cross-findings.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { pathTo } from '../paths.ts';
import { useOpenReport } from '../use-open-report.ts';
import '../findings/findings.css';

/**
 * `reports/:reportId/review`: the review list (问题清单) of a report, one row a finding with
 * its place, value, message, decision and note; printable, and downloadable as XLSX and CSV.
 */
export function ReviewRoute() {
  const { entry, report, findings: own } = useOpenReport();
  const m = useMessages(findingsMessages);
  const c = useMessages(checksMessages);
  const app = useMessages(appMessages);
  const heading = `${report.agency.name} ${app.yearSuffix(report.year)}`;
  useDocumentTitle(`${m.reviewTitle} · ${heading} · ${app.appName}`);
  // With the checks across years, as on the checks page.
  const { cross, known, loading } = useCrossFindings(entry.id);
  const decisions = useFindingDecisions(entry.id, own, cross, known);
  const findings = useMemo(() => [...own, ...cross], [own, cross]);
  const cells = useMemo(() => cellLocations(report), [report]);

  const severityName = (s: Severity) =>
    s === 'error' ? c.severityError : s === 'warning' ? c.severityWarning : c.severityInfo;
  const ready = decisions?.status === 'ready' ? decisions.decisions : undefined;
  const failed = findings.filter((f) => f.status === 'failed');
  const table = reviewTable(findingViews(report, failed, cells, ready), m, severityName);
  const name = (ext: string) => exportFileName([report.agency.name, report.year, 'review'], ext);

  return (
    <article className="review-page">
      <div className="print-toolbar review-toolbar">
        {/* Printed or downloaded only whole: not before the findings across years are in. */}
        <button type="button" disabled={loading} onClick={() => window.print()}>
          {m.print}
        </button>
        <button
          type="button"
          disabled={loading}
          onClick={() => void buildXlsx([table]).then((blob) => downloadBlob(blob, name('xlsx')))}
        >
          {m.downloadXlsx}
        </button>
        <button
          type="button"
          disabled={loading}
          onClick={() =>
            downloadText(buildCsv(tableRecords(table)), name('csv'), 'text/csv;charset=utf-8')
          }
        >
          {m.downloadCsv}
        </button>
        <Link to={pathTo({ page: 'report', reportId: entry.id, section: 'checks' })}>
          {m.backToChecks}
        </Link>
      </div>
      <h1>{m.reviewTitle}</h1>
      <p className="review-report">{heading}</p>
      <p>{m.reviewIntro}</p>
      {decisions?.status === 'error' ? (
        <p className="save-error" role="alert">
          {m.decisionsUnavailable}
          {m.text(decisions.message)}
        </p>
      ) : null}
      {loading ? (
        <p className="loading" role="status">
          {m.reviewAcrossLoading}
        </p>
      ) : null}
      {failed.length === 0 ? (
        loading ? null : (
          <p className="card">{m.reviewNone}</p>
        )
      ) : (
        <div className="review-scroll">
          <table className="review-table">
            <caption>{`${m.reviewTitle} · ${heading}`}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeader}</th>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
