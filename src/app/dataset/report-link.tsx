import { useCallback, type MouseEvent, type ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { datasetMessages } from '../../i18n/dataset-messages.ts';
import { pathTo } from '../paths.ts';
import { openDatasetReport } from './open-dataset-report.ts';

/** A click the page handles: the main button, no key held (those open a tab or a window). */
const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Links to reports' dashboards, one a row of a table: `link(row, label)`. A dataset's report is
 * first read from the worker. Plain anchors with the router's address, not the router's `Link`:
 * a `Link` works its address out for itself, and a sort draws every row's link anew (15 links
 * were a tenth of the page's work after each sort).
 */
export function useReportLinks(
  onProblem: (text: string) => void,
): (row: WindowRow, children: ReactNode) => ReactNode {
  const d = useMessages(datasetMessages);
  const navigate = useNavigate();
  // The address of the app's root, as the router writes it (`#/` under the hash router).
  const root = useHref('/');
  return useCallback(
    (row: WindowRow, children: ReactNode) => {
      const to = pathTo({ page: 'report', reportId: row.id });
      const open = (event: MouseEvent) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        if (row.source === 'local') {
          void navigate(to);
          return;
        }
        onProblem(d.openingReport);
        void openDatasetReport(row).then(
          (problem) => (problem ? onProblem(d.cannotOpen(problem)) : navigate(to)),
          (error: Error) => onProblem(d.cannotOpen(error.message)),
        );
      };
      return (
        <a href={`${root.replace(/\/$/, '')}${to}`} onClick={open}>
          {children}
        </a>
      );
    },
    [d, navigate, root, onProblem],
  );
}
