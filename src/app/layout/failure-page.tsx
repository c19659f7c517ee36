import { LoadError } from '../../components/load-error.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { LoadFailure } from '../../store/reports-store.ts';

/** A page for something that could not be loaded, with a retry where retrying can help. */
export function FailurePage({
  title,
  failure,
  retry,
}: {
  title: string;
  failure: LoadFailure;
  retry: () => void;
}) {
  const { m } = useI18n();
  return (
    <main id="main" className="page">
      <LoadError
        title={title}
        fileLabel={m.file}
        file={failure.file}
        errors={failure.errors}
        {...(failure.retryable ? { onRetry: retry, retryLabel: m.retry } : {})}
      />
    </main>
  );
}

export function LoadingPage({ text }: { text: string }) {
  return (
    <p className="loading page" role="status">
      {text}
    </p>
  );
}
