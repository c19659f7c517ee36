import { useMemo } from 'react';
import type { ChartExport } from '../../components/charts/chart-types.ts';
import type { TableExport } from '../../components/tables/table-types.ts';
import { exportFileStem } from '../../export/file-name.ts';
import { exportMessagesByLang } from '../../i18n/export-messages.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useLoadedReport } from '../use-loaded-report.ts';

/**
 * What exported charts and tables of the current report carry: file names that say what they
 * hold (`聊城市农业农村局-2020-applications-outcomes.png`), the report under a chart's title,
 * and the source line at its foot, in the current language.
 */
export function useExportInfo() {
  const { report } = useLoadedReport();
  const { m, lang } = useI18n();
  return useMemo(() => {
    const x = exportMessagesByLang[lang];
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
  }, [report, m, lang]);
}
