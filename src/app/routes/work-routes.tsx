import { useLocation } from 'react-router-dom';
import { EditRoute } from './edit-route.tsx';
import { NewReportRoute } from './new-report-route.tsx';
import { NotFoundRoute } from './not-found-route.tsx';
import { ReviewRoute } from './review-route.tsx';
import { VersionsRoute } from './versions-route.tsx';

// The pages of work on a report (its checks, editor, versions and review list) and a new
// report: one module behind one loader, so that the first page carries a single loader for
// the five (its budget: pages.ts, docs/performance.md).

export { ChecksRoute } from './checks-route.tsx';

const pages = {
  edit: EditRoute,
  versions: VersionsRoute,
  review: ReviewRoute,
  new: NewReportRoute,
};

/** The page its address names: `…/edit`, `…/versions`, `…/review` or `reports/new`. */
export function WorkRoute() {
  const last = useLocation().pathname.split('/').pop() ?? '';
  const Page = pages[last as keyof typeof pages] ?? NotFoundRoute;
  return <Page />;
}
