import { useState } from 'react';
import { downloadText } from '../../export/download.ts';
import { exportFileName } from '../../export/file-name.ts';
import { nationalTablesFragment, nationalTablesHtml } from '../../export/national-html.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { EditorMessages } from '../../i18n/editor-messages.ts';
import type { ReportFile } from '../../report/report-schema.ts';
import { downloadReport, downloadWorkbook } from '../layout/download-report.ts';
import type { LoadedDraft } from './load-draft.ts';

/** Copies the tables as HTML (Word and WPS paste them as tables), with plain text beside. */
async function copyTables(html: string, plain: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
    return false;
  }
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** The report being edited, as it is now: its data, its tables for Excel and for Word. */
export function EditorDownloads({
  loaded,
  file,
  messages: m,
}: {
  loaded: LoadedDraft;
  file: ReportFile;
  messages: Messages<EditorMessages>;
}) {
  const [copied, setCopied] = useState<string>('');
  const { report } = loaded;
  const name = (what: string, ext: string) =>
    exportFileName([report.agency.name, report.year, what], ext);
  return (
    <details className="editor-downloads">
      <summary>{m.downloads}</summary>
      <div className="editor-downloads-menu">
        <button
          type="button"
          onClick={() =>
            loaded.errors.length === 0
              ? downloadReport(report)
              : // A head not yet complete: the file as it is, so nothing typed is left out.
                downloadText(
                  `${JSON.stringify(file, null, 2)}\n`,
                  name('draft', 'json'),
                  'application/json;charset=utf-8',
                )
          }
        >
          {m.downloadJson}
        </button>
        <button type="button" onClick={() => void downloadWorkbook(loaded, m.lang)}>
          {m.downloadXlsx}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              nationalTablesHtml(report),
              name('tables', 'html'),
              'text/html;charset=utf-8',
            )
          }
        >
          {m.downloadHtml}
        </button>
        <button
          type="button"
          onClick={() =>
            void copyTables(nationalTablesFragment(report), report.agency.name).then((ok) =>
              setCopied(ok ? m.copied : m.copyFailed),
            )
          }
        >
          {m.copyTables}
        </button>
        <p role="status" className="muted">
          {copied}
        </p>
      </div>
    </details>
  );
}
