import { useId, useState, type ReactNode } from 'react';
import type { Severity } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { FindingsMessages } from '../../i18n/findings-messages.ts';

export type DecisionKind = 'confirmed' | 'dismissed';

/** A finding as the card draws it, in the reader's language. */
export interface FindingCardView {
  readonly severity: Severity;
  readonly severityName: string;
  readonly message: string;
  /** Table · row · column, as the table prints them. */
  readonly where: string;
  /** The cell it is about, as printed (null: blank; undefined: not one cell). */
  readonly value: string | null | undefined;
  readonly ruleId: string;
  readonly cells: readonly string[];
  readonly expected?: number | null;
  readonly actual?: number | null;
  readonly decision?: {
    readonly decision: DecisionKind;
    readonly note: string;
    readonly decidedAt: string;
  };
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** One finding: what is wrong and where, its details on request, and what was decided. */
export function FindingCard({
  view: f,
  link,
  onDecide,
  busy = false,
  messages: m,
}: {
  view: FindingCardView;
  /** Where it is shown in its table. */
  link?: ReactNode;
  /** Records a decision (or with null takes it back); no decision controls without it. */
  onDecide?: (decision: { decision: DecisionKind; note: string } | null) => void;
  busy?: boolean;
  messages: Messages<FindingsMessages>;
}) {
  const id = useId();
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const decided = f.decision;
  return (
    <li
      className={`finding card severity-${f.severity}${decided ? ` is-${decided.decision}` : ''}`}
      aria-labelledby={`${id}-message`}
    >
      <span className={`badge ${f.severity}`}>
        <span aria-hidden="true">
          {f.severity === 'error' ? '✕' : f.severity === 'warning' ? '!' : 'i'}
        </span>{' '}
        {f.severityName}
      </span>
      <div className="finding-body">
        <p className="finding-message" id={`${id}-message`}>
          {f.message}
        </p>
        <p className="finding-where">
          {m.where}：{f.where}
          {f.value !== undefined ? (
            <>
              {' '}
              · {m.value}：{f.value === null ? m.blankValue : f.value}
            </>
          ) : null}{' '}
          {link}
        </p>
        {decided ? (
          <p className={`finding-decision decision-${decided.decision}`}>
            <strong>{decided.decision === 'confirmed' ? m.confirmed : m.dismissed}</strong>
            {decided.note ? `：${decided.note}` : ''}
            <span className="muted">{m.decidedAt(when(decided.decidedAt))}</span>{' '}
            {onDecide ? (
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => onDecide(null)}
              >
                {m.undo}
              </button>
            ) : null}
          </p>
        ) : onDecide ? (
          <div className="finding-actions" role="group" aria-label={m.decision}>
            <button
              type="button"
              disabled={busy}
              onClick={() => onDecide({ decision: 'confirmed', note: '' })}
            >
              {m.confirm}
            </button>
            <button
              type="button"
              aria-expanded={noting}
              disabled={busy}
              onClick={() => setNoting((n) => !n)}
            >
              {m.dismiss}
            </button>
            {noting ? (
              <form
                className="finding-note"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (note.trim() === '') return setMissing(true);
                  onDecide({ decision: 'dismissed', note: note.trim() });
                  setNoting(false);
                }}
              >
                <label htmlFor={`${id}-note`}>{m.dismissNote}</label>
                <textarea
                  id={`${id}-note`}
                  rows={2}
                  value={note}
                  aria-invalid={missing || undefined}
                  aria-describedby={missing ? `${id}-missing` : undefined}
                  onChange={(e) => {
                    setNote(e.currentTarget.value);
                    setMissing(false);
                  }}
                />
                {missing ? (
                  <span id={`${id}-missing`} className="ed-field-error">
                    {m.noteRequired}
                  </span>
                ) : null}
                <button type="submit" disabled={busy}>
                  {m.dismissSave}
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
        <details className="finding-details">
          <summary>{m.details}</summary>
          <dl>
            <dt>{m.ruleId}</dt>
            <dd>
              <code>{f.ruleId}</code>
            </dd>
            {f.expected !== undefined ? (
              <>
                <dt>{m.expected}</dt>
                <dd>{f.expected ?? '—'}</dd>
              </>
            ) : null}
            {f.actual !== undefined ? (
              <>
                <dt>{m.actual}</dt>
                <dd>{f.actual ?? '—'}</dd>
              </>
            ) : null}
            <dt>{m.cells}</dt>
            <dd>
              {f.cells.map((path) => (
                <code key={path}>{path} </code>
              ))}
            </dd>
          </dl>
        </details>
      </div>
    </li>
  );
}
