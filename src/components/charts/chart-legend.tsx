import type { ChartMessages } from '../../i18n/chart-messages.ts';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
}

interface ChartLegendProps {
  items: readonly LegendItem[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  messages: ChartMessages;
}

/** Toggle buttons, one an entry; a hidden entry stays here, struck through, to be switched back. */
export function ChartLegend({ items, hidden, onToggle, messages }: ChartLegendProps) {
  return (
    <ul className="ch-legend">
      {items.map((item) => {
        const shown = !hidden.has(item.key);
        return (
          <li key={item.key}>
            <button
              type="button"
              className="ch-legend-button"
              aria-pressed={shown}
              aria-label={messages.toggleSeries(item.label)}
              onClick={() => onToggle(item.key)}
            >
              <span
                className="ch-swatch"
                aria-hidden="true"
                style={{
                  backgroundColor: shown ? item.colour : 'transparent',
                  borderColor: item.colour,
                }}
              />
              <span className="ch-legend-label">{item.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
