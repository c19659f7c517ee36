import { Link } from 'react-router-dom';
import type { ReportIndexEntry } from '../../report/report-index.ts';
import { reportPath } from '../sections.ts';

export function ReportList({ reports }: { reports: readonly ReportIndexEntry[] }) {
  return (
    <ul className="report-list">
      {reports.map((r) => (
        <li key={r.id}>
          <Link to={reportPath(r.id)}>
            {r.agency} · {r.year}
          </Link>
        </li>
      ))}
    </ul>
  );
}
