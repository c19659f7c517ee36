import type { AppMessages } from '../i18n/app-messages.ts';
import type { ValidationError } from '../report/parse-report.ts';

/** Something that could not be loaded: what went wrong and where, never a blank page. */
export function LoadError({
  title,
  file,
  errors,
  onRetry,
  messages,
}: {
  title: string;
  file: string;
  errors: readonly ValidationError[];
  onRetry?: () => void;
  messages: Pick<AppMessages, 'file' | 'retry'>;
}) {
  return (
    <section className="load-error" role="alert">
      <h1>{title}</h1>
      <p>
        {messages.file}: <code>{file}</code>
      </p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.path ? <code>{e.path}</code> : null} {e.zh} <span lang="en">({e.en})</span>
          </li>
        ))}
      </ul>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {messages.retry}
        </button>
      ) : null}
    </section>
  );
}
