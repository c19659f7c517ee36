import type { ChartDatum } from './chart-types.ts';
import type { ColouredSeries } from './series-colours.ts';
import { tooltipLines } from './tooltip-lines.ts';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

interface ChartTooltipProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  series: readonly Pick<ColouredSeries, 'key' | 'label' | 'colour'>[];
  messages: ChartMessages;
}

function datumOf(payload: ChartTooltipProps['payload']): ChartDatum | null {
  const entry = payload?.[0]?.payload;
  if (typeof entry !== 'object' || entry === null || !('datum' in entry)) return null;
  return (entry as { datum: ChartDatum }).datum;
}

/** The full category label (ticks may be shortened), exact values and printed forms. */
export function ChartTooltip({ active, payload, series, messages }: ChartTooltipProps) {
  const datum = datumOf(payload);
  if (!active || datum === null) return null;
  return (
    <div className="ch-tooltip">
      <p className="ch-tooltip-title">{datum.label}</p>
      <dl>
        {tooltipLines(datum, series).map((line) => (
          <div key={line.key} className="ch-tooltip-line">
            <dt>
              <span className="ch-swatch" style={{ backgroundColor: line.colour }} />
              {line.label}
            </dt>
            <dd>
              {line.value}
              {line.derived && <span className="ch-derived">{messages.derived}</span>}
              {line.printed !== null && (
                <span className="ch-printed">
                  <span className="ch-printed-label">{messages.printed}</span> {line.printed}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
