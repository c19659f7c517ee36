import { Link } from 'react-router-dom';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import type { AgencyYear } from '../../library/library.ts';
import { pathTo } from '../paths.ts';

/** An agency's years, oldest first: each report with its checks, a year without one marked. */
export function YearList({ years }: { years: readonly AgencyYear[] }) {
  const m = useMessages(libraryMessages);
  const a = m.agency;
  return (
    <ul className="year-list">
      {years.map(({ year, entries }) =>
        entries.length === 0 ? (
          <li key={year} className="is-missing">
            <span className="year">{m.yearName(year)}</span> · {a.noReport}
          </li>
        ) : (
          entries.map((entry) => (
            <li key={entry.id} className={entry.counts.error > 0 ? 'has-errors' : undefined}>
              <span className="year">{m.yearName(year)}</span> ·{' '}
              <Link to={pathTo({ page: 'report', reportId: entry.id })}>
                {entry.report.agency.name}
              </Link>
              <br />
              <span className="muted">{m.templateName(entry.report.template)}</span> ·{' '}
              <Link to={pathTo({ page: 'report', reportId: entry.id, section: 'checks' })}>
                {a.checksLink(entry.counts.error, entry.counts.warning)}
              </Link>
            </li>
          ))
        ),
      )}
    </ul>
  );
}
