import type { WindowRow } from '../../dataset/dataset-table.ts';
import { loadReport } from '../../load/load-report.ts';
import { useReports } from '../../store/reports-store.ts';
import { ask } from './dataset-client.ts';

/**
 * A dataset's report, read from the worker (its row's report column), loaded as every report
 * is (validated, checked), and handed to the reports store, so its dashboard opens as any
 * other. Resolves to an error's text, or null when it opened.
 */
export async function openDatasetReport(row: WindowRow): Promise<string | null> {
  const { file } = await ask({ type: 'report', id: row.id });
  const loaded = loadReport(file);
  if (!loaded.ok) return loaded.errors.map((e) => `${e.path} ${e.en}`).join('; ');
  const { report, findings } = loaded;
  useReports.getState().showReport({
    entry: {
      id: report.id,
      agency: report.agency.name,
      year: report.year,
      template: report.template,
      file: `dataset:${row.source}`,
    },
    report,
    findings,
  });
  return null;
}
