import { EditRoute } from './edit-route.tsx';
import { NewReportRoute } from './new-report-route.tsx';
import { ReviewRoute } from './review-route.tsx';
import { VersionsRoute } from './versions-route.tsx';

// The pages of work on a report (its editor, versions and review list) and a new report: one
// module behind one loader, so that the first page carries a single loader for the four
// (its budget: pages.ts, docs/performance.md).

export type WorkPage = 'edit' | 'versions' | 'review' | 'new';

export interface WorkRouteProps {
  readonly page: WorkPage;
}

const pages = {
  edit: EditRoute,
  versions: VersionsRoute,
  review: ReviewRoute,
  new: NewReportRoute,
};

export function WorkRoute({ page }: WorkRouteProps) {
  const Page = pages[page];
  return <Page />;
}
