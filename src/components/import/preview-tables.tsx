import type { Cell } from '../../report/cell.ts';
import type { Report } from '../../report/report-schema.ts';
import type { Label } from '../../report/label.ts';
import {
  allApplicationRows,
  appealRows,
  proactiveRows,
  rowName,
  type RowRef,
} from '../../report/table-rows.ts';

const show = (cell: Cell) => (cell.raw === null ? '' : String(cell.raw));

function Table({
  caption,
  rows,
  lang,
}: {
  caption: string;
  rows: readonly RowRef[];
  lang: keyof Label;
}) {
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
                {c.label[lang].split(' · ').pop()}
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
                title={uniform ? undefined : c.label[lang]}
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
export function PreviewTables({ report, lang }: { report: Report; lang: keyof Label }) {
  return (
    <div className="preview-tables">
      <Table
        caption={lang === 'zh' ? '二、主动公开' : '2. Proactive disclosure'}
        rows={proactiveRows(report)}
        lang={lang}
      />
      <Table
        caption={lang === 'zh' ? '三、收到和处理申请' : '3. Applications'}
        rows={allApplicationRows(report)}
        lang={lang}
      />
      <Table
        caption={lang === 'zh' ? '四、行政复议、行政诉讼' : '4. Reconsideration and litigation'}
        rows={appealRows(report)}
        lang={lang}
      />
    </div>
  );
}
