import type { ReactNode } from 'react';
import { ViewSwitch, viewModes, type ViewMode } from '../../components/ui/view-switch.tsx';
import { oneOf, useUrlParam } from '../use-url-param.ts';
import { useSectionMessages } from './use-section-messages.ts';

export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  return useUrlParam<ViewMode>('view', oneOf(viewModes, 'both'), 'both');
}

/** A table and its chart, switched by the page's view mode (kept in the URL). */
export function TableAndChart({
  mode,
  table,
  chart,
  wide = false,
}: {
  mode: ViewMode;
  table: ReactNode;
  chart: ReactNode;
  /** A wide table takes the full width, its charts side by side below it. */
  wide?: boolean;
}) {
  return (
    <div className={`table-and-chart view-${mode}${wide ? ' is-wide' : ''}`}>
      {mode !== 'chart' ? <div className="tc-table">{table}</div> : null}
      {mode !== 'table' ? <div className="tc-chart">{chart}</div> : null}
    </div>
  );
}

export function PageHeading({
  title,
  mode,
  onMode,
}: {
  title: string;
  mode?: ViewMode;
  onMode?: (m: ViewMode) => void;
}) {
  const s = useSectionMessages();
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {mode && onMode ? (
        <ViewSwitch
          value={mode}
          onChange={onMode}
          legend={s.viewSwitch}
          labels={{ table: s.viewTable, chart: s.viewChart, both: s.viewBoth }}
        />
      ) : null}
    </div>
  );
}
