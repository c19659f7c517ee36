/** An import warning or error with where in the source it points. */
export interface LocatedIssue {
  readonly zh: string;
  readonly en: string;
  readonly location?: { line?: number; column?: number; excerpt?: string; path?: string };
}

function where(issue: LocatedIssue, lang: 'zh' | 'en'): string {
  const l = issue.location;
  if (!l) return '';
  const parts = [
    l.line !== undefined ? (lang === 'zh' ? `第 ${l.line} 行` : `line ${l.line}`) : '',
    l.path ?? '',
    l.excerpt ? `“${l.excerpt}”` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

export function IssueList({
  issues,
  lang,
  title,
}: {
  issues: readonly LocatedIssue[];
  lang: 'zh' | 'en';
  title: string;
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
            {issue[lang]}
            {issue.location ? <span className="issue-where"> — {where(issue, lang)}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
