import type { ValidationError } from '../report/parse-report.ts';

/** Something that could not be loaded: what went wrong and where, never a blank page. */
export function LoadError({
  title,
  fileLabel,
  file,
  errors,
  onRetry,
  retryLabel,
}: {
  title: string;
  fileLabel: string;
  file: string;
  errors: readonly ValidationError[];
  onRetry?: () => void;
  retryLabel?: string;
}) {
  return (
    <section className="load-error" role="alert">
      <h1>{title}</h1>
      <p>
        {fileLabel}: <code>{file}</code>
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
          {retryLabel}
        </button>
      ) : null}
    </section>
  );
}
