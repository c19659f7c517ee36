import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { pathTo } from '../paths.ts';
import { openDatasetReport } from './open-dataset-report.ts';

/** A link to a report's dashboard; a dataset's report is first read from the worker. */
export function ReportLink({
  row,
  children,
  onProblem,
}: {
  row: WindowRow;
  children: ReactNode;
  onProblem: (text: string) => void;
}) {
  const d = useMessages(datasetMessages);
  const navigate = useNavigate();
  const to = pathTo({ page: 'report', reportId: row.id });
  if (row.source === 'local') return <Link to={to}>{children}</Link>;
  return (
    <Link
      to={to}
      onClick={(event) => {
        event.preventDefault();
        onProblem(d.openingReport);
        void openDatasetReport(row).then(
          (problem) => (problem ? onProblem(d.cannotOpen(problem)) : navigate(to)),
          (error: Error) => onProblem(d.cannotOpen(error.message)),
        );
      }}
    >
      {children}
    </Link>
  );
}
