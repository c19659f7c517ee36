import { Link } from 'react-router-dom';
import { checksMessages } from '../../i18n/checks-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import type { AgencyYear } from '../../library/library.ts';
import { crossFindingLinks } from './cross-finding-links.ts';

/** The checks across an agency's consecutive years: each pair, and what it found. */
export function CrossYearList({ years }: { years: readonly AgencyYear[] }) {
  const m = useMessages(libraryMessages);
  const c = useMessages(checksMessages);
  const a = m.agency;
  const pairs = years.flatMap((year, i) => {
    const before = years[i - 1];
    if (!before || before.entries.length === 0) return [];
    return year.entries.map((later) => ({
      earlier: before.year,
      later,
      findings: later.cross,
    }));
  });
  return (
    <section className="card" aria-labelledby="agency-cross">
      <h2 id="agency-cross">{a.crossTitle}</h2>
      <p className="muted">{a.crossIntro}</p>
      {pairs.length === 0 ? <p>{a.noPairs}</p> : null}
      {pairs.map(({ earlier, later, findings }) => (
        <div key={later.id}>
          <h3>{a.pair(earlier, later.report.year)}</h3>
          {findings.length === 0 ? (
            <p>{a.pairHolds}</p>
          ) : (
            <ul className="findings-list">
              {findings.map((f, i) => {
                const links = crossFindingLinks(f);
                return (
                  <li
                    key={`${f.ruleId}-${f.cells[0] ?? ''}-${i}`}
                    className={`finding card severity-${f.severity}`}
                  >
                    <span className={`badge ${f.severity}`}>
                      {f.severity === 'error' ? c.severityError : c.severityInfo}
                    </span>
                    <div className="finding-body">
                      <p className="finding-message">{m.text(f.message)}</p>
                      <p className="finding-meta">
                        <code>{f.ruleId}</code> · <Link to={links.later}>{a.showLater}</Link> ·{' '}
                        <Link to={links.earlier}>{a.showEarlier}</Link>
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
