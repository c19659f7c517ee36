import { useMemo } from 'react';
import type { ChartExport } from '../../components/charts/chart-types.ts';
import type { TableExport } from '../../components/tables/table-types.ts';
import { exportFileStem } from '../../export/file-name.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { exportMessages } from '../../i18n/export-messages.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { useOpenReport } from '../use-open-report.ts';

/**
 * What exported charts and tables of the current report carry: file names that say what they
 * hold (`聊城市农业农村局-2020-applications-outcomes.png`), the report under a chart's title,
 * and the source line at its foot, in the current language.
 */
export function useExportInfo() {
  const { report } = useOpenReport();
  const m = useMessages(appMessages);
  const x = useMessages(exportMessages);
  return useMemo(() => {
    const { agency, year, title, publishedOn } = report;
    const fileName = (name: string) => exportFileStem([agency.name, year, name]);
    return {
      chart: (name: string): ChartExport => ({
        fileName: fileName(name),
        subtitle: `${agency.name} · ${m.yearSuffix(year)}`,
        source: x.exportSource(agency.name, year, title, publishedOn),
        messages: x.chartExport,
      }),
      table: (name: string): TableExport => ({
        fileName: fileName(name),
        messages: x.tableExport,
      }),
    };
  }, [report, m, x]);
}
