import { appMessages } from '../../i18n/app-bundle.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';

/** A section that threw: says so inside the layout, so the navigation keeps working. */
export function RouteError({ error }: { error: unknown }) {
  const m = useMessages(appMessages);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="route-error" role="alert">
      <h1>{m.routeErrorTitle}</h1>
      <p>
        {m.routeErrorBody} <code>{detail}</code>
      </p>
    </section>
  );
}
