import { useId, useState, type ReactNode } from 'react';
import type { ChartMessages } from '../../i18n/chart-messages.ts';

/**
 * The chart's data for screen readers and anyone who prefers numbers: always in the
 * accessibility tree (visually hidden), shown on screen when the reader asks for it.
 */
export function TextAlternative({
  messages,
  children,
}: {
  messages: ChartMessages;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="ch-text-alternative">
      <button
        type="button"
        className="ch-data-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? messages.hideData : messages.showData}
      </button>
      <div id={regionId} className={open ? 'ch-data' : 'ch-data ch-sr-only'}>
        {children}
      </div>
    </div>
  );
}
