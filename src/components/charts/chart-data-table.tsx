import { donutTotal } from './chart-notes.tsx';
import type { ChartDatum, ChartSeries, ChartValue } from './chart-types.ts';
import { ValueCell } from './value-cell.tsx';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface ChartDataTableProps {
  data: readonly ChartDatum[];
  series: readonly ChartSeries[];
  messages: ChartMessages;
  /** Adds a total row (the donut's centre figure) summing each series' non-blank values. */
  withTotal?: boolean;
  /** The total the report gives for the first series, shown in the total row instead of the sum. */
  total?: ChartValue;
}

/** Categories × series, every value and printed form, whatever the legend currently hides. */
export function ChartDataTable({
  data,
  series,
  messages,
  withTotal = false,
  total,
}: ChartDataTableProps) {
  return (
    <table className="ch-table">
      <caption>{messages.dataTable}</caption>
      <thead>
        <tr>
          <td />
          {series.map((s) => (
            <th key={s.key} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.map((datum) => (
          <tr key={datum.key}>
            <th scope="row">{datum.label}</th>
            {series.map((s) => (
              <ValueCell key={s.key} cell={datum.values[s.key]} messages={messages} />
            ))}
          </tr>
        ))}
      </tbody>
      {withTotal && (
        <tfoot>
          <tr>
            <th scope="row">{messages.total}</th>
            {series.map((s, i) => (
              <ValueCell
                key={s.key}
                cell={donutTotal(data, s.key, i === 0 ? total : undefined)}
                messages={messages}
              />
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
