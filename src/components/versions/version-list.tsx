import type { Messages } from '../../i18n/bundle.ts';
import type { VersionsMessages } from '../../i18n/editor-messages.ts';

/** One version as listed: when, how it came, and what it changed from the one before. */
export type VersionItem =
  | {
      readonly status: 'ok';
      readonly n: number;
      readonly savedAt: string;
      /** How it came about, in words (内置报告原文, 导入, 编辑, 恢复自第 2 版). */
      readonly origin: string;
      readonly current: boolean;
      readonly open: boolean;
      /** What changed from the version before (none for the first). */
      readonly changes: readonly VersionChange[] | null;
    }
  | { readonly status: 'damaged'; readonly n: number; readonly problems: readonly string[] };

export interface VersionChange {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const SHOWN = 12;

function Changes({
  changes,
  m,
}: {
  changes: readonly VersionChange[];
  m: Messages<VersionsMessages>;
}) {
  if (changes.length === 0) return <p className="muted">{m.noChange}</p>;
  const item = (c: VersionChange, i: number) => (
    <li key={i}>
      {c.label}：<span className="version-before">{c.before || m.blank}</span> →{' '}
      <span className="version-after">{c.after || m.blank}</span>
    </li>
  );
  return (
    <>
      <p>{m.changed(changes.length)}</p>
      <ul className="version-changes">{changes.slice(0, SHOWN).map(item)}</ul>
      {changes.length > SHOWN ? (
        <details>
          <summary>{m.moreChanges(changes.length - SHOWN)}</summary>
          <ul className="version-changes">
            {changes.slice(SHOWN).map((c, i) => item(c, i + SHOWN))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** The versions of a report, newest first, each openable, restorable and downloadable. */
export function VersionList({
  items,
  messages: m,
  openHref,
  onRestore,
  onDownload,
  busy,
}: {
  items: readonly VersionItem[];
  messages: Messages<VersionsMessages>;
  openHref: (n: number) => string;
  onRestore: (n: number) => void;
  onDownload: (n: number) => void;
  busy: boolean;
}) {
  return (
    <ol className="version-list" reversed>
      {[...items].reverse().map((v) => (
        <li
          key={v.n}
          className={`card version-item status-${v.status}${v.status === 'ok' && v.open ? ' is-open' : ''}`}
          aria-labelledby={`version-${v.n}`}
        >
          <h2 id={`version-${v.n}`} className="version-title">
            {m.version(v.n)}
            {v.status === 'ok' ? (
              <>
                {' '}
                <span className="muted">
                  {v.savedAt.slice(0, 16).replace('T', ' ')} · {v.origin}
                </span>
                {v.current ? <span className="badge info">{m.current}</span> : null}
              </>
            ) : (
              <span className="badge error">{m.damaged}</span>
            )}
          </h2>
          {v.status === 'ok' ? (
            v.changes ? (
              <Changes changes={v.changes} m={m} />
            ) : (
              <p className="muted">{m.first}</p>
            )
          ) : (
            <ul>
              {v.problems.slice(0, 5).map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
          <div className="version-actions">
            {v.status === 'ok' ? (
              <>
                <a href={openHref(v.n)} aria-current={v.open ? 'true' : undefined}>
                  {m.open(v.n)}
                </a>
                {v.current ? null : (
                  <button type="button" disabled={busy} onClick={() => onRestore(v.n)}>
                    {m.restore(v.n)}
                  </button>
                )}
              </>
            ) : null}
            <button type="button" onClick={() => onDownload(v.n)}>
              {v.status === 'ok' ? m.download(v.n) : m.downloadRaw(v.n)}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
