import { useMemo } from 'react';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { sectionMessages } from '../../i18n/section-messages.ts';
import { applicantColumns, sectionLabels } from '../../report/table-layout.ts';
import { PageHeading } from '../section-view/page-heading.tsx';
import { TableSection } from '../section-view/table-section.tsx';
import { applicationColumns, applicationTableRows } from '../table-data/applications-table.ts';
import {
  flowData,
  outcomesByApplicantData,
  outcomesData,
  outcomesTotal,
} from '../table-data/chart-data.ts';
import { useOpenReport } from '../use-open-report.ts';

export function ApplicationsRoute() {
  const { report } = useOpenReport();
  const { text } = useMessages(appMessages);
  const s = useMessages(sectionMessages);
  const columns = useMemo(() => applicationColumns(text, s.applicantGroup), [text, s]);
  const rows = useMemo(() => applicationTableRows(report, text), [report, text]);
  const series = applicantColumns
    .filter((c) => c.key !== 'total')
    .map((c) => ({ key: c.key, label: text(c) }));
  const flow = useMemo(() => flowData(report, text, s.flowIntake), [report, text, s]);

  return (
    <>
      <PageHeading title={text(sectionLabels.applications)} switchable />
      <TableSection
        wide
        table={{ id: 'applications', caption: s.applicationsTable, columns, rows }}
        charts={[
          {
            id: 'applications-outcomes',
            kind: 'donut',
            title: s.outcomesChart,
            data: outcomesData(report, text),
            series: [{ key: 'total', label: text(applicantColumns[6]) }],
            total: outcomesTotal(report),
          },
          {
            id: 'applications-by-applicant',
            kind: 'stacked-bar',
            title: s.outcomesByApplicantChart,
            data: outcomesByApplicantData(report, text),
            series,
          },
          { id: 'applications-flow', kind: 'sankey', title: s.flowChart, ...flow },
        ]}
      />
    </>
  );
}
