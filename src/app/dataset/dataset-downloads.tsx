import { useState } from 'react';
import { DisclosureMenu } from '../../components/tables/disclosure-menu.tsx';
import type { TableRow } from '../../components/tables/table-types.ts';
import type { WindowRow } from '../../dataset/dataset-table.ts';
import type { ColumnHeader } from './dataset-export.ts';
import type { ViewName } from '../../dataset/worker-protocol.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { datasetMessages } from '../../i18n/dataset-messages.ts';

/** The selection (every row the view matches, not only those on screen) as Parquet, CSV, XLSX. */
export function DatasetDownloads({
  view,
  fileName,
  title,
  rowHeader,
  columns,
  toRows,
}: {
  view: ViewName;
  fileName: string;
  title: string;
  rowHeader: string;
  columns: readonly ColumnHeader[];
  /** The worker's rows as the page's table draws them: the files read as the table does. */
  toRows: (rows: readonly WindowRow[]) => readonly TableRow[];
}) {
  const d = useMessages(datasetMessages);
  const [status, setStatus] = useState('');
  const run = (format: 'parquet' | 'csv' | 'xlsx') => {
    setStatus(d.working);
    void import('./dataset-export.ts')
      .then(({ downloadSelection }) =>
        downloadSelection({ view, format, fileName, title, rowHeader, columns, toRows }),
      )
      .then(
        () => setStatus(''),
        (error: Error) => setStatus(d.failed(error.message)),
      );
  };
  return (
    <DisclosureMenu label={d.download} domId={`${view}-dataset-download`}>
      <button type="button" className="xm-item" onClick={() => run('parquet')}>
        {d.downloadParquet}
      </button>
      <button type="button" className="xm-item" onClick={() => run('csv')}>
        {d.downloadCsv}
      </button>
      <button type="button" className="xm-item" onClick={() => run('xlsx')}>
        {d.downloadXlsx}
      </button>
      <p className="xm-status" role="status">
        {status}
      </p>
    </DisclosureMenu>
  );
}
