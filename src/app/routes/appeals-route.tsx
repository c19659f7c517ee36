import { useMemo } from 'react';
import { StatCard } from '../../components/ui/stat-card.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { correctionRate } from '../../report/metrics.ts';
import { appealColumns, sectionLabels } from '../../report/table-layout.ts';
import { appealRows, cellOf } from '../../report/table-rows.ts';
import { PageHeading } from '../section-view/page-heading.tsx';
import { TableSection } from '../section-view/table-section.tsx';
import { chartValue } from '../table-data/chart-data.ts';
import { toTableRow } from '../table-data/to-table-row.ts';
import { useOpenReport } from '../use-open-report.ts';
import { formatPercent } from './format.ts';

export function AppealsRoute() {
  const { report } = useOpenReport();
  const m = useMessages(appMessages);
  const s = useMessages(sectionMessages);
  const { text } = m;
  const refs = useMemo(() => appealRows(report), [report]);
  const rows = useMemo(() => refs.map((r) => toTableRow(r, 'appeals', text)), [refs, text]);
  const columns = appealColumns.map((c) => ({ id: c.key, header: text(c) }));
  const series = appealColumns
    .filter((c) => c.key !== 'total')
    .map((c) => ({ key: c.key, label: text(c) }));
  const data = refs.map((r) => ({
    key: r.key,
    label: text(r.label),
    values: Object.fromEntries(series.map((c) => [c.key, chartValue(cellOf(r, c.key).cell)])),
  }));

  return (
    <>
      <PageHeading title={text(sectionLabels.appeals)} switchable />
      <div className="stat-cards">
        {refs.map((r) => {
          const rate = correctionRate(r);
          return (
            <StatCard
              key={r.key}
              title={`${text(r.label)} · ${s.correctionRate}`}
              value={
                <span title={rate.value === null ? m.notComputableNote : undefined}>
                  {formatPercent(rate.value, m.locale)}
                </span>
              }
              note={s.correctionRateNote}
            />
          );
        })}
      </div>
      <TableSection
        table={{ id: 'appeals', caption: s.appealsTable, columns, rows }}
        charts={[
          {
            id: 'appeals-results',
            kind: 'grouped-bar',
            title: s.appealsChart,
            data,
            series,
          },
        ]}
      />
    </>
  );
}
