import type { ImportMessages } from '../../i18n/import-messages.ts';

export type SavedListItem =
  | { readonly status: 'ok'; readonly id: string; readonly title: string; readonly savedAt: string }
  | { readonly status: 'damaged'; readonly id: string; readonly problems: readonly string[] };

/** The reports kept in this browser, each openable, downloadable and deletable. */
export function SavedList({
  items,
  messages: t,
  openHref,
  onDownload,
  onDelete,
}: {
  items: readonly SavedListItem[];
  messages: ImportMessages;
  openHref: (id: string) => string;
  onDownload: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  if (items.length === 0) return <p className="muted">{t.savedNone}</p>;
  return (
    <ul className="saved-list">
      {items.map((item) => (
        <li key={item.id} className={`card saved-item status-${item.status}`}>
          {item.status === 'ok' ? (
            <>
              <a href={openHref(item.id)}>{item.title}</a>{' '}
              <span className="muted">
                {t.savedAt} {item.savedAt.slice(0, 16).replace('T', ' ')}
              </span>
            </>
          ) : (
            <>
              <span className="badge error">{t.damaged}</span> <code>{item.id}</code>
              <p className="muted">{t.damagedNote}</p>
              <ul>
                {item.problems.slice(0, 5).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          )}
          <div className="saved-actions">
            <button type="button" onClick={() => onDownload(item.id)}>
              {item.status === 'ok' ? t.download : t.downloadRaw}
            </button>
            <button
              type="button"
              onClick={() => onDelete(item.id)}
              aria-label={`${t.delete} ${item.id}`}
            >
              {t.delete}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
