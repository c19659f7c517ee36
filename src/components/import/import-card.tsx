import { memo, useState, type ReactNode } from 'react';
import type { Finding } from '../../checks/finding.ts';
import type { Messages } from '../../i18n/bundle.ts';
import type { ImportMessages } from '../../i18n/import-messages.ts';
import type { Label } from '../../report/label.ts';
import type { Report } from '../../report/report-schema.ts';
import { IssueList, type LocatedIssue } from './issue-list.tsx';
import { PreviewTables } from './preview-tables.tsx';
import { type DetailValues, ReportDetails } from './report-details.tsx';

interface Reading<T> {
  readonly value: T | null;
  readonly source: string;
  readonly certain: boolean;
}

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
        readonly metadata: {
          readonly agency: Reading<string>;
          readonly year: Reading<number>;
          readonly template: Reading<'2019' | '2021'>;
          readonly publishedOn: Reading<string>;
        };
      };
      readonly sourceText: string | null;
      /** False while some detail is a guess not yet confirmed: Save waits for it. */
      readonly confirmed: boolean;
      readonly version: number;
      readonly correcting?: boolean;
      readonly correctionErrors?: readonly LocatedIssue[];
      /** The saved report this one is the same as, while the user decides. */
      readonly duplicate?: {
        readonly id: string;
        readonly title: string;
        readonly savedAt: string;
      };
      readonly savedId?: string;
      readonly saveError?: Label;
    };

export type DuplicateChoice = 'replace' | 'keep' | 'cancel';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** One file being imported: its status, what was read, and what to do with it. */
/** One file being imported; drawn again only when its item or the messages change. */
export const ImportCard = memo(function ImportCard({
  item,
  messages: t,
  onSave,
  onDiscard,
  openHref,
  expanded = true,
  describeSource,
  onCorrect,
  onDuplicate,
}: {
  /** Show the preview open (a few files) or folded (a batch of hundreds). */
  expanded?: boolean;
  item: ImportItem;
  messages: Messages<ImportMessages>;
  /** Each action names the card's item by its key (the same functions serve every card). */
  onSave: (key: string) => void;
  onDiscard: (key: string) => void;
  openHref: (id: string) => string;
  /** A metadata source ('file-name', 'title' …) in words. */
  describeSource: (source: string) => string;
  onCorrect: (key: string, values: DetailValues) => void;
  onDuplicate: (key: string, choice: DuplicateChoice) => void;
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
      {item.status === 'ready' ? (
        <ReadyBody
          item={item}
          messages={t}
          expanded={expanded}
          describeSource={describeSource}
          onCorrect={(values) => onCorrect(item.key, values)}
        />
      ) : null}
      {item.status === 'ready' && item.duplicate && !item.savedId ? (
        <div
          className="duplicate-prompt"
          role="alertdialog"
          aria-label={t.duplicate(item.duplicate.title, when(item.duplicate.savedAt))}
        >
          <p>{t.duplicate(item.duplicate.title, when(item.duplicate.savedAt))}</p>
          <button type="button" onClick={() => onDuplicate(item.key, 'replace')}>
            {t.replace}
          </button>
          <button type="button" className="primary" onClick={() => onDuplicate(item.key, 'keep')}>
            {t.keepBoth}
          </button>
          <button type="button" onClick={() => onDuplicate(item.key, 'cancel')}>
            {t.cancel}
          </button>
        </div>
      ) : null}
      <div className="import-actions">
        {item.status === 'ready' && !item.savedId && !item.duplicate ? (
          <button
            type="button"
            className="primary"
            onClick={() => onSave(item.key)}
            disabled={!item.confirmed || item.correcting}
          >
            {t.save}
          </button>
        ) : null}
        {item.status === 'ready' && item.savedId ? (
          <a href={openHref(item.savedId)}>{t.open}</a>
        ) : null}
        {item.status !== 'reading' ? (
          <button type="button" onClick={() => onDiscard(item.key)}>
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
});

function ReadyBody({
  item,
  messages: t,
  expanded,
  describeSource,
  onCorrect,
}: {
  expanded: boolean;
  item: Extract<ImportItem, { status: 'ready' }>;
  messages: Messages<ImportMessages>;
  describeSource: (source: string) => string;
  onCorrect: (values: DetailValues) => void;
}) {
  const { report, findings, warnings: importWarnings, format, encoding, metadata } = item.imported;
  const reading = <T,>(r: Reading<T>) => ({ ...r, source: describeSource(r.source) });
  const failed = findings.filter((f) => f.status === 'failed');
  const errors = failed.filter((f) => f.severity === 'error');
  const warnings = failed.filter((f) => f.severity === 'warning');
  return (
    <>
      <p className="import-meta">
        {report.agency.name} · {report.year} · {report.template} · {t.format} {format}
        {encoding ? ` · ${t.encoding} ${encoding}` : ''}
      </p>
      {item.savedId ? null : (
        <ReportDetails
          key={item.version}
          readings={{
            agency: reading(metadata.agency),
            year: reading(metadata.year),
            template: reading(metadata.template),
            publishedOn: reading(metadata.publishedOn),
          }}
          confirmed={item.confirmed}
          busy={item.correcting === true}
          messages={t}
          onSubmit={onCorrect}
        />
      )}
      {item.correctionErrors ? (
        <IssueList issues={item.correctionErrors} title={t.correctionFailed} messages={t} />
      ) : null}
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
