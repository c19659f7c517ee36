import { useMemo, useState, type ReactNode } from 'react';
import type { Finding, Severity } from '../../checks/finding.ts';
import { FindingCard } from '../../components/findings/finding-card.tsx';
import { findingsMessages } from '../../i18n/findings-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { cellLocations } from '../../report/cell-location.ts';
import { useDecisions } from '../../store/decisions-store.ts';
import { useOpenReport } from '../use-open-report.ts';
import { findingViews } from './finding-view.ts';
import { useFindingDecisions } from './use-finding-decisions.ts';
import { whereText } from './where-text.ts';
import './findings.css';

/**
 * The open report's findings as cards, each with what was decided about it, kept per report in
 * this browser; the decisions of findings that have gone away are dropped when read.
 */
export function FindingsList({
  findings,
  cross,
  crossKnown,
  link,
  severityName,
}: {
  findings: readonly Finding[];
  /** The report's findings across years, and whether they are all known (useCrossFindings). */
  cross: readonly Finding[];
  crossKnown: boolean;
  link: (finding: Finding) => ReactNode;
  severityName: (severity: Severity) => string;
}) {
  const { entry, report, findings: own } = useOpenReport();
  const m = useMessages(findingsMessages);
  const decide = useDecisions((s) => s.decide);
  const decisions = useFindingDecisions(entry.id, own, cross, crossKnown);
  const all = useMemo(() => [...own, ...cross], [own, cross]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const cells = useMemo(() => cellLocations(report), [report]);

  const ready = decisions?.status === 'ready' ? decisions : undefined;
  const views = findingViews(report, findings, cells, ready?.decisions);
  const failed = findingViews(report, all, cells, ready?.decisions).filter(
    (v) => v.finding.status === 'failed',
  );
  const tally = (kind: string) => failed.filter((v) => v.decision?.decision === kind).length;
  const open = failed.filter((v) => !v.decision).length;

  return (
    <>
      {ready && failed.length > 0 ? (
        <p className="decisions-summary" role="status">
          {m.decisionsSummary(tally('confirmed'), tally('dismissed'), open)}
        </p>
      ) : null}
      {decisions?.status === 'error' ? (
        <p className="save-error" role="alert">
          {m.decisionsUnavailable}
          {m.text(decisions.message)}
        </p>
      ) : null}
      {ready && ready.damaged > 0 ? (
        <p className="muted">{m.damagedDecisions(ready.damaged)}</p>
      ) : null}
      {failure ? (
        <p className="save-error" role="alert">
          {m.decisionFailed}
          {failure}
        </p>
      ) : null}
      <ul className="findings-list">
        {views.map((v) => (
          <FindingCard
            key={v.key}
            view={{
              severity: v.finding.severity,
              severityName: severityName(v.finding.severity),
              message: m.text(v.finding.message),
              where: whereText(v, m.text),
              value: v.value,
              ruleId: v.finding.ruleId,
              cells: v.finding.cells,
              ...(v.finding.expected !== undefined ? { expected: v.finding.expected } : {}),
              ...(v.finding.actual !== undefined ? { actual: v.finding.actual } : {}),
              ...(v.decision ? { decision: v.decision } : {}),
            }}
            link={link(v.finding)}
            busy={busy === v.key}
            // Decisions can be recorded once the stored ones are read (none is then overwritten).
            {...(ready
              ? {
                  onDecide: (decision) => {
                    setBusy(v.key);
                    void decide(entry.id, v.key, decision).then((result) => {
                      setBusy(null);
                      setFailure(result.ok ? null : m.text(result.message));
                    });
                  },
                }
              : {})}
            messages={m}
          />
        ))}
      </ul>
    </>
  );
}
