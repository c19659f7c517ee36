import type { ChartValue } from './chart-types.ts';
import { printedForm, valueText } from './format-value.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

/**
 * A number, marked when the app derived it ('3* 推算'), then the printed form where it says
 * something else ('537余万元', '-').
 */
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
      {valueText(cell)}
      {cell?.derived === true && <span className="ch-derived">{messages.derived}</span>}
      {printed !== null && (
        <span className="ch-printed">
          <span className="ch-printed-label">{messages.printed}</span> {printed}
        </span>
      )}
    </td>
  );
}
