import { useState, type ReactNode } from 'react';
import type { Finding } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import type { Label } from '../../report/label.ts';
import type { Report } from '../../report/report-schema.ts';
import { IssueList, type LocatedIssue } from './issue-list.tsx';
import { PreviewTables } from './preview-tables.tsx';

export type ImportItem =
  | { readonly key: string; readonly name: string; readonly status: 'reading' }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'failed';
      readonly errors: readonly LocatedIssue[];
    }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'ready';
      /** What was read: the report, its checks' findings, and what the import noticed. */
      readonly imported: {
        readonly report: Report;
        readonly findings: readonly Finding[];
        readonly warnings: readonly LocatedIssue[];
        readonly format: string;
        readonly encoding?: string;
      };
      readonly sourceText: string | null;
      readonly savedId?: string;
      readonly saveError?: Label;
    };

/** One file being imported: its status, what was read, and what to do with it. */
export function ImportCard({
  item,
  messages: t,
  onSave,
  onDiscard,
  openHref,
  expanded = true,
}: {
  /** Show the preview open (a few files) or folded (a batch of hundreds). */
  expanded?: boolean;
  item: ImportItem;
  messages: Messages<ImportMessages>;
  onSave: () => void;
  onDiscard: () => void;
  openHref: (id: string) => string;
}) {
  const headingId = `import-${item.key}`;
  return (
    <article className={`card import-card status-${item.status}`} aria-labelledby={headingId}>
      <header className="import-card-head">
        <h3 id={headingId}>{item.name}</h3>
        <span
          className={`badge ${item.status === 'failed' ? 'error' : item.status === 'ready' && item.imported.warnings.length > 0 ? 'warning' : 'info'}`}
        >
          {item.status === 'reading'
            ? t.reading
            : item.status === 'failed'
              ? t.failed
              : item.savedId
                ? t.saved
                : item.imported.warnings.length > 0
                  ? t.okWarnings(item.imported.warnings.length)
                  : t.ok}
        </span>
      </header>
      {item.status === 'failed' ? (
        <IssueList issues={item.errors} title={t.errors} messages={t} />
      ) : null}
      {item.status === 'ready' ? <ReadyBody item={item} messages={t} expanded={expanded} /> : null}
      <div className="import-actions">
        {item.status === 'ready' && !item.savedId ? (
          <button type="button" className="primary" onClick={onSave}>
            {t.save}
          </button>
        ) : null}
        {item.status === 'ready' && item.savedId ? (
          <a href={openHref(item.savedId)}>{t.open}</a>
        ) : null}
        {item.status !== 'reading' ? (
          <button type="button" onClick={onDiscard}>
            {t.discard}
          </button>
        ) : null}
      </div>
      {item.status === 'ready' && item.saveError ? (
        <p role="alert" className="save-error">
          {t.saveFailed}: {t.text(item.saveError)}
        </p>
      ) : null}
    </article>
  );
}

function ReadyBody({
  item,
  messages: t,
  expanded,
}: {
  expanded: boolean;
  item: Extract<ImportItem, { status: 'ready' }>;
  messages: Messages<ImportMessages>;
}) {
  const { report, findings, warnings: importWarnings, format, encoding } = item.imported;
  const failed = findings.filter((f) => f.status === 'failed');
  const errors = failed.filter((f) => f.severity === 'error');
  const warnings = failed.filter((f) => f.severity === 'warning');
  return (
    <>
      <p className="import-meta">
        {report.agency.name} · {report.year} · {report.template} · {t.format} {format}
        {encoding ? ` · ${t.encoding} ${encoding}` : ''}
      </p>
      <IssueList issues={importWarnings} title={t.warnings} messages={t} />
      <details className="import-findings">
        <summary>
          {t.findings}: {t.findingsSummary(errors.length, warnings.length)}
        </summary>
        <ul>
          {[...errors, ...warnings].map((f, i) => (
            <li key={i}>
              <span className={`badge ${f.severity}`}>{f.severity}</span> {t.text(f.message)}
            </li>
          ))}
        </ul>
      </details>
      <Fold initiallyOpen={expanded} summary={`${t.preview} · ${t.source}`}>
        <div className="import-compare">
          <section aria-label={t.preview}>
            <h4>{t.preview}</h4>
            <PreviewTables report={report} messages={t} />
          </section>
          <section aria-label={t.source}>
            <h4>{t.source}</h4>
            {item.sourceText === null ? (
              <p className="muted">{t.sourceUnavailable}</p>
            ) : (
              <pre className="source-text" tabIndex={0}>
                {item.sourceText}
              </pre>
            )}
          </section>
        </div>
      </Fold>
    </>
  );
}

/** A disclosure whose content is rendered only while open: hundreds of folded files stay light. */
function Fold({
  initiallyOpen,
  summary,
  children,
}: {
  initiallyOpen: boolean;
  summary: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="import-fold">
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
