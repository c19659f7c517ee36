import { Link } from 'react-router-dom';
import type { ReportIndexEntry } from '../../report/report-index.ts';
import { pathTo } from '../paths.ts';

export function ReportList({ reports }: { reports: readonly ReportIndexEntry[] }) {
  return (
    <ul className="report-list">
      {reports.map((r) => (
        <li key={r.id}>
          <Link to={pathTo({ page: 'report', reportId: r.id })}>
            {r.agency} · {r.year}
          </Link>
        </li>
      ))}
    </ul>
  );
}
