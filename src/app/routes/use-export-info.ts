import { useMemo } from 'react';
import type { ChartExport } from '../../components/charts/chart-types.ts';
import type { TableExport } from '../../components/tables/table-types.ts';
import { exportFileStem } from '../../export/file-name.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLoadedReport } from '../use-loaded-report.ts';

/**
 * What exported charts and tables of the current report carry: file names that say what they
 * hold (`聊城市农业农村局-2020-applications-outcomes.png`), the report under a chart's title,
 * and the source line at its foot, in the current language.
 */
export function useExportInfo() {
  const { report } = useLoadedReport();
  const { m } = useI18n();
  return useMemo(() => {
    const { agency, year, title, publishedOn } = report;
    const fileName = (name: string) => exportFileStem([agency.name, year, name]);
    return {
      chart: (name: string): ChartExport => ({
        fileName: fileName(name),
        subtitle: `${agency.name} · ${m.yearSuffix(year)}`,
        source: m.exportSource(agency.name, year, title, publishedOn),
        messages: m.chartExport,
      }),
      table: (name: string): TableExport => ({
        fileName: fileName(name),
        messages: m.tableExport,
      }),
    };
  }, [report, m]);
}
