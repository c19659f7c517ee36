import { LoadError } from '../../components/load-error.tsx';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
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
  const m = useMessages(appMessages);
  return (
    <main id="main" className="page">
      <LoadError
        title={title}
        file={failure.file}
        errors={failure.errors}
        messages={m}
        {...(failure.retryable ? { onRetry: retry } : {})}
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
