import type { Messages } from '../../i18n/bundle.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import type { Label } from '../../report/label.ts';

/** An import warning or error with where in the source it points. */
export interface LocatedIssue extends Label {
  readonly location?: {
    page?: number;
    line?: number;
    column?: number;
    excerpt?: string;
    path?: string;
  };
}

function where(issue: LocatedIssue, messages: Messages<ImportMessages>): string {
  const l = issue.location;
  if (!l) return '';
  const parts = [
    l.page !== undefined ? messages.page(l.page) : '',
    l.line !== undefined ? messages.line(l.line) : '',
    l.path ?? '',
    l.excerpt ? `“${l.excerpt}”` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

export function IssueList({
  issues,
  title,
  messages,
}: {
  issues: readonly LocatedIssue[];
  title: string;
  messages: Messages<ImportMessages>;
}) {
  if (issues.length === 0) return null;
  return (
    <div className="issue-list">
      <h4>
        {title} ({issues.length})
      </h4>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {messages.text(issue)}
            {issue.location ? (
              <span className="issue-where"> — {where(issue, messages)}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
