import { countBySeverity } from '../../checks/run-checks.ts';
import { checksMessages } from '../../i18n/checks-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { useOpenReport } from '../use-open-report.ts';

/** The end of the printed report: its errors and warnings, and how many checks could not run. */
export function PrintFindings() {
  const { findings } = useOpenReport();
  const s = useMessages(sectionMessages);
  const c = useMessages(checksMessages);
  const failed = findings.filter((f) => f.status === 'failed');
  const counts = countBySeverity(failed);
  const notAssessable = findings.length - failed.length;
  const severity = { error: c.severityError, warning: c.severityWarning, info: c.severityInfo };
  return (
    <>
      <h1>{s.printFindingsTitle}</h1>
      {failed.length === 0 ? (
        <p>{s.printFindingsNone}</p>
      ) : (
        <>
          <p>
            {c.severityError} {counts.error} · {c.severityWarning} {counts.warning}
          </p>
          <ol className="print-findings">
            {failed.map((f, i) => (
              <li key={i} className={`severity-${f.severity}`}>
                <strong>{severity[f.severity]}</strong> {c.text(f.message)}
              </li>
            ))}
          </ol>
        </>
      )}
      {notAssessable > 0 ? (
        <p className="muted">{s.printFindingsNotAssessable(notAssessable)}</p>
      ) : null}
    </>
  );
}
