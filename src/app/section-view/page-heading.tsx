import type { ReactNode } from 'react';
import { ViewSwitch, viewModes, type ViewMode } from '../../components/ui/view-switch.tsx';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { oneOf, useUrlParam } from '../use-url-param.ts';

/** Table, chart or both, for the whole page (kept in the URL as `view`). */
export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  return useUrlParam<ViewMode>('view', oneOf(viewModes, 'both'), 'both');
}

/** A section's title, with the table/chart switch when the page has both. */
export function PageHeading({
  title,
  switchable = false,
}: {
  title: string;
  switchable?: boolean;
}) {
  const s = useMessages(sectionMessages);
  const [mode, setMode] = useViewMode();
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {switchable ? <ViewSwitch value={mode} onChange={setMode} messages={s.viewSwitch} /> : null}
    </div>
  );
}

/** A table and its charts, as the page's view mode says. */
export function TableAndChart({
  table,
  chart,
  wide = false,
}: {
  table: ReactNode;
  chart: ReactNode;
  /** A wide table takes the full width, its charts side by side below it. */
  wide?: boolean;
}) {
  const [mode] = useViewMode();
  return (
    <div className={`table-and-chart view-${mode}${wide ? ' is-wide' : ''}`}>
      {mode !== 'chart' ? <div className="tc-table">{table}</div> : null}
      {mode !== 'table' ? <div className="tc-chart">{chart}</div> : null}
    </div>
  );
}
