import { useState } from 'react';
import { buildCsv } from '../../export/csv.ts';
import { downloadBlob, downloadText } from '../../export/download.ts';
import { tableRecords, type ExportTable } from '../../export/export-table.ts';
import { buildXlsx } from '../../export/sheet-cells.ts';
import { DisclosureMenu, useCloseMenu } from './disclosure-menu.tsx';
import type { TableExport } from './table-types.ts';

interface TableExportMenuProps {
  /** Read at the moment of the click, so the file holds the table as it is then. */
  snapshot: () => ExportTable;
  exportAs: TableExport;
  domId: string;
}

/** CSV and XLSX of exactly the rows and columns on screen. */
export function TableExportMenu({ snapshot, exportAs, domId }: TableExportMenuProps) {
  return (
    <DisclosureMenu label={exportAs.messages.menu} domId={`${domId}-table-export`}>
      <TableExportItems snapshot={snapshot} exportAs={exportAs} />
    </DisclosureMenu>
  );
}

function TableExportItems({ snapshot, exportAs }: Omit<TableExportMenuProps, 'domId'>) {
  const { messages: m, fileName } = exportAs;
  const [status, setStatus] = useState('');
  const close = useCloseMenu();

  const csv = () => {
    downloadText(buildCsv(tableRecords(snapshot())), `${fileName}.csv`, 'text/csv;charset=utf-8');
    close();
  };
  const xlsx = async () => {
    setStatus(m.working);
    try {
      downloadBlob(await buildXlsx([snapshot()]), `${fileName}.xlsx`);
      setStatus('');
      close();
    } catch (error) {
      setStatus(m.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <>
      <button type="button" className="xm-item" onClick={csv}>
        {m.csv}
      </button>
      <button type="button" className="xm-item" onClick={() => void xlsx()}>
        {m.xlsx}
      </button>
      <p className="xm-status" role="status">
        {status}
      </p>
    </>
  );
}
