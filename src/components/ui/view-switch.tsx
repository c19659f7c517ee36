export type ViewMode = 'table' | 'chart' | 'both';
export const viewModes: readonly ViewMode[] = ['both', 'table', 'chart'];

/** Table, chart, or both side by side: a group of toggle buttons. */
export function ViewSwitch({
  value,
  onChange,
  labels,
  legend,
}: {
  value: ViewMode;
  onChange: (mode: ViewMode) => void;
  labels: Record<ViewMode, string>;
  legend: string;
}) {
  return (
    <div className="view-switch" role="group" aria-label={legend}>
      {viewModes.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={value === mode}
          onClick={() => onChange(mode)}
        >
          {labels[mode]}
        </button>
      ))}
    </div>
  );
}
