import type { Messages } from '../../i18n/bundle.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import type { Cell } from '../../report/cell.ts';
import type { Report } from '../../report/report-schema.ts';
import {
  allApplicationRows,
  appealRows,
  proactiveRows,
  rowName,
  type RowRef,
} from '../../report/table-rows.ts';

const show = (cell: Cell) => (cell.raw === null ? '' : String(cell.raw));

/** Consecutive rows with the same columns, together. */
function sameColumns(rows: readonly RowRef[]): RowRef[][] {
  const runs: RowRef[][] = [];
  const columnsOf = (row: RowRef) => row.cells.map((c) => c.column).join();
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && columnsOf(last[0] as RowRef) === columnsOf(row)) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

function Table({
  caption,
  rows,
  messages,
}: {
  caption: string;
  rows: readonly RowRef[];
  messages: Messages<ImportMessages>;
}) {
  const { lang, text } = messages;
  const columns = rows[0]?.cells ?? [];
  const uniform = rows.every(
    (r) => r.cells.map((c) => c.column).join() === columns.map((c) => c.column).join(),
  );
  return (
    <table className="preview-table">
      <caption>{caption}</caption>
      {uniform ? (
        <thead>
          <tr>
            <th scope="col" />
            {columns.map((c) => (
              <th key={c.column} scope="col">
                {text(c.label).split(' · ').pop()}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row) => (
          <tr key={row.path}>
            <th scope="row">{rowName(row, lang)}</th>
            {row.cells.map((c) => (
              <td
                key={c.path}
                className={c.cell.raw === null ? 'is-blank' : undefined}
                title={uniform ? undefined : text(c.label)}
              >
                {show(c.cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The three tables as the importer read them, compact and read-only, for checking by eye. */
export function PreviewTables({
  report,
  messages,
}: {
  report: Report;
  messages: Messages<ImportMessages>;
}) {
  return (
    <div className="preview-tables">
      {/* Table 二 item by item: each has its own columns, and so its own header row. */}
      {sameColumns(proactiveRows(report)).map((rows, i) => (
        <Table
          key={i}
          caption={`${messages.previewProactive} · ${rows.map((r) => messages.text(r.label)).join(messages.listSeparator)}`}
          rows={rows}
          messages={messages}
        />
      ))}
      <Table
        caption={messages.previewApplications}
        rows={allApplicationRows(report)}
        messages={messages}
      />
      <Table caption={messages.previewAppeals} rows={appealRows(report)} messages={messages} />
    </div>
  );
}
