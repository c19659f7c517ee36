import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** A section that threw: says so inside the layout, so the navigation keeps working. */
export function RouteError() {
  const error = useRouteError();
  const { m } = useI18n();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <section className="route-error" role="alert">
      <h1>{m.routeErrorTitle}</h1>
      <p>
        {m.routeErrorBody} <code>{detail}</code>
      </p>
    </section>
  );
}
