import type { ReactNode } from 'react';

/** A headline figure with what it is and how it was computed. */
export function StatCard({
  title,
  value,
  note,
  tone = 'neutral',
}: {
  title: string;
  value: ReactNode;
  note?: ReactNode;
  tone?: 'neutral' | 'error' | 'good';
}) {
  return (
    <div className={`stat-card tone-${tone}`}>
      <p className="stat-title">{title}</p>
      <p className="stat-value">{value}</p>
      {note ? <p className="stat-note">{note}</p> : null}
    </div>
  );
}
