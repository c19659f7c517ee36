import type { ChartValue } from './chart-types.ts';
import { formatValue, printedForm } from './format-value.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

/** A number, then the printed form where it says something else ('537余万元', '-'). */
export function ValueCell({
  cell,
  messages,
}: {
  cell: ChartValue | undefined;
  messages: ChartMessages;
}) {
  const printed = printedForm(cell);
  return (
    <td className="ch-num">
      {formatValue(cell?.value)}
      {printed !== null && (
        <span className="ch-printed">
          <span className="ch-printed-label">{messages.printed}</span> {printed}
        </span>
      )}
    </td>
  );
}
