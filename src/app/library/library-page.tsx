import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableRow } from '../../components/tables/table-types.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { exportMessages } from '../../i18n/export-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import { missingNextYears } from '../../library/library.ts';
import { libraryTable } from './library-table.ts';
import { useSelection } from './use-selection.ts';
import type { Library } from '../../library/library.ts';
import { pathTo } from '../paths.ts';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';

/** The library's table of every report, the selection to compare, the years missing. */
export function LibraryPage({ library }: { library: Library }) {
  const m = useMessages(libraryMessages);
  const tm = useMessages(tableMessages);
  const x = useMessages(exportMessages);
  const navigate = useNavigate();
  const l = m.library;
  const { columns, rows, notes } = useMemo(() => libraryTable(library, m), [library, m]);
  const [state, setState] = useTableUrlState('library', ['label', ...columns.map((c) => c.id)]);
  const [selected, setSelected] = useSelection('sel');
  const failing = library.entries.filter((e) => e.counts.error > 0).length;
  const missing = missingNextYears(library);

  const toggle = (id: string) =>
    setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const renderLabel = (row: TableRow) => {
    const entry = library.byId.get(row.id);
    if (!entry) return row.label;
    const name = `${row.label} ${m.yearName(entry.report.year)}`;
    return (
      <span className="library-label">
        <input
          type="checkbox"
          checked={selected.includes(row.id)}
          onChange={() => toggle(row.id)}
          aria-label={l.select(name)}
        />
        <Link to={pathTo({ page: 'report', reportId: row.id })}>{row.label}</Link>
        {entry.counts.error > 0 ? <span className="badge error">{m.failingBadge}</span> : null}
        <Link
          className="library-years"
          to={pathTo({ page: 'agency', agency: entry.agencyKey })}
          aria-label={l.yearsOf(row.label)}
        >
          {l.years}
        </Link>
      </span>
    );
  };

  return (
    <>
      <p role="status">{l.summary(library.entries.length, library.agencies.size, failing)}</p>
      <div className="library-actions">
        <button
          type="button"
          disabled={selected.length < 2}
          onClick={() => navigate(pathTo({ page: 'compare', reports: selected }))}
        >
          {l.compare(selected.length)}
        </button>
        {selected.length > 0 ? (
          <button type="button" onClick={() => setSelected([])}>
            {l.clear}
          </button>
        ) : null}
        {selected.length < 2 ? <span className="muted">{l.compareHint}</span> : null}
      </div>
      <DataTable
        id="library"
        caption={l.table}
        rowHeader={l.agency}
        columns={columns}
        rows={rows}
        state={state}
        onStateChange={setState}
        notes={notes}
        messages={tm}
        renderLabel={renderLabel}
        exportAs={{ fileName: 'xxgk-library', messages: x.tableExport }}
      />
      <section className="card" aria-labelledby="missing-next">
        <h2 id="missing-next">{l.missingTitle}</h2>
        {library.latestYear !== null ? <p>{l.missingIntro(library.latestYear)}</p> : null}
        {missing.length === 0 ? (
          <p>{l.missingNone}</p>
        ) : (
          <ul>
            {missing.map((gap) => (
              <li key={`${gap.agencyKey}-${gap.year}`}>
                <Link to={pathTo({ page: 'agency', agency: gap.agencyKey })}>
                  {gap.entry.report.agency.name}
                </Link>
                {' · '}
                {l.missingItem(gap.year, gap.missing)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
