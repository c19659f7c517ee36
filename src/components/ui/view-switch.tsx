import type { SectionMessages } from '../../i18n/section-messages.ts';

export type ViewMode = 'table' | 'chart' | 'both';
export const viewModes: readonly ViewMode[] = ['both', 'table', 'chart'];

/** Table, chart, or both side by side: a group of toggle buttons. */
export function ViewSwitch({
  value,
  onChange,
  messages,
}: {
  value: ViewMode;
  onChange: (mode: ViewMode) => void;
  messages: SectionMessages['viewSwitch'];
}) {
  return (
    <div className="view-switch" role="group" aria-label={messages.legend}>
      {viewModes.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={value === mode}
          onClick={() => onChange(mode)}
        >
          {messages[mode]}
        </button>
      ))}
    </div>
  );
}
