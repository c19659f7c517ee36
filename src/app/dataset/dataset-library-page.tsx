import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { DataTable } from '../../components/tables/data-table.tsx';
import type { TableColumn, TableRow } from '../../components/tables/table-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { libraryMessages } from '../../i18n/library-messages.ts';
import { tableMessages } from '../../i18n/table-messages.ts';
import type { Library } from '../../library/library.ts';
import { useSelection } from '../library/use-selection.ts';
import { pathTo } from '../paths.ts';
import { useTableUrlState } from '../section-view/use-table-url-state.ts';
import type { Summary } from '../../dataset/worker-protocol.ts';
import { DatasetDownloads } from './dataset-downloads.tsx';
import { libraryRows } from './dataset-rows.ts';
import { OpenFromDisk } from './open-from-disk.tsx';
import { useReportLinks } from './report-link.tsx';
import { URL_PAUSE_MS, useDatasetView } from './use-dataset-view.ts';
import { viewQuery } from './view-query.ts';

const COLUMNS = [
  'region',
  'level',
  'year',
  'template',
  'publishedOn',
  'origin',
  'received',
  'disclosureRate',
  'errors',
  'warnings',
];
const WORKER_COLUMNS = [...COLUMNS, 'origin'];

/** The library with a dataset: every report, read and queried in the worker, drawn virtualised. */
export function DatasetLibraryPage({
  library,
  summary,
  version,
}: {
  library: Library;
  summary: Summary;
  version: number;
}) {
  const m = useMessages(libraryMessages);
  const d = useMessages(datasetMessages);
  const tm = useMessages(tableMessages);
  const navigate = useNavigate();
  const { key: place } = useLocation();
  const l = m.library;
  const columns: TableColumn[] = COLUMNS.map((id) => ({
    id,
    header: (l as unknown as Record<string, string>)[id] ?? id,
  }));
  const [state, setState] = useTableUrlState('library', ['label', ...COLUMNS], URL_PAUSE_MS);
  const [selected, setSelected] = useSelection('sel');
  const query = viewQuery(null, state, COLUMNS);
  const view = useDatasetView('library', query, WORKER_COLUMNS, library, version);
  const { rows, notes } = useMemo(() => libraryRows(view.rows, m, d), [view.rows, m, d]);
  const toRows = useCallback((all: readonly WindowRow[]) => libraryRows(all, m, d).rows, [m, d]);
  const byId = useMemo(() => new Map(view.rows.map((r) => [r.id, r])), [view.rows]);
  const [problem, setProblem] = useState('');
  const link = useReportLinks(setProblem);

  const toggle = (id: string) =>
    setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const renderLabel = (row: TableRow) => {
    const found: WindowRow | undefined = byId.get(row.id);
    if (!found) return row.label;
    return (
      <span className="library-label">
        <input
          type="checkbox"
          checked={selected.includes(row.id)}
          onChange={() => toggle(row.id)}
          aria-label={l.select(`${row.label} ${m.yearName(found.year)}`)}
        />
        {link(found, row.label)}
        {found.synthetic ? (
          <span className="badge synthetic" title={d.syntheticNote}>
            <span className="badge-short" aria-hidden="true">
              {d.syntheticShort}
            </span>
            <span className="badge-long">{d.syntheticBadge}</span>
          </span>
        ) : null}
        {typeof found.values.errors === 'number' && found.values.errors > 0 ? (
          <span className="badge error">
            <span className="badge-short" aria-hidden="true">
              {d.failingShort}
            </span>
            <span className="badge-long">{m.failingBadge}</span>
          </span>
        ) : null}
      </span>
    );
  };

  return (
    <>
      <p role="status">{d.summary(summary.reports, summary.synthetic)}</p>
      {problem ? <p className="card notice">{problem}</p> : null}
      {view.error ? <p className="card notice">{d.failed(view.error)}</p> : null}
      <div className="library-actions">
        <button
          type="button"
          disabled={selected.length < 2}
          onClick={() => navigate(pathTo({ page: 'compare', reports: selected }))}
        >
          {l.compare(selected.length)}
        </button>
        <Link to={pathTo({ page: 'compare', reports: [], all: true })}>{d.compareShown}</Link>
        {selected.length > 0 ? (
          <button type="button" onClick={() => setSelected([])}>
            {l.clear}
          </button>
        ) : null}
        <DatasetDownloads
          view="library"
          fileName="xxgk-library"
          title={l.table}
          rowHeader={l.agency}
          columns={columns}
          toRows={toRows}
        />
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
        virtual={{
          matched: view.matched,
          total: view.total,
          offset: view.offset,
          onRange: view.onRange,
          loading: view.loading,
          place,
        }}
      />
      <OpenFromDisk />
    </>
  );
}
