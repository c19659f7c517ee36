import { useEffect } from 'react';
import { useHref } from 'react-router-dom';
import { DropZone } from '../../components/import/drop-zone.tsx';
import { ImportCard } from '../../components/import/import-card.tsx';
import { SavedList, type SavedListItem } from '../../components/import/saved-list.tsx';
import { downloadText } from '../../export/download.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { importMessages } from '../../i18n/import-messages.ts';
import { MAX_BYTES } from '../../importer/import-report.ts';
import { type MetadataSource, sourceLabels } from '../../importer/report-metadata.ts';
import { isSaveable, useImports } from '../../store/import-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { removeReport } from '../../store/saved-reports-writes.ts';
import { appMessages } from '../../i18n/app-bundle.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { useAllReportEntries } from '../layout/use-report-entry.ts';
import { pathTo } from '../paths.ts';

export function ImportRoute() {
  const t = useMessages(importMessages);
  const { appName } = useMessages(appMessages);
  useDocumentTitle(`${t.title} · ${appName}`);
  const items = useImports((s) => s.items);
  const addFiles = useImports((s) => s.add);
  const discard = useImports((s) => s.discard);
  const saveImports = useImports((s) => s.save);
  const correct = useImports((s) => s.correct);
  const resolveDuplicate = useImports((s) => s.resolveDuplicate);
  const saved = useSavedReports((s) => s.saved);
  const loadSaved = useSavedReports((s) => s.loadSaved);
  const { builtin } = useAllReportEntries();
  // Plain links (the cards are not router-aware): the router's href of the app's root.
  const root = useHref('/');
  const openHref = (id: string) => root + pathTo({ page: 'report', reportId: id }).slice(1);

  useEffect(() => {
    void loadSaved();
  }, [loadSaved]);

  const builtinIds = builtin.map((b) => b.id);
  const saveItems = (keys: readonly string[]) => void saveImports(keys, builtinIds);
  const describeSource = (source: string) =>
    t.text(sourceLabels[source as MetadataSource] ?? { zh: source, en: source });

  const savedItems: SavedListItem[] =
    saved?.status === 'ready'
      ? saved.entries.map((e) =>
          e.status === 'ok'
            ? {
                status: 'ok',
                id: e.entry.id,
                title: `${e.entry.agency} · ${e.entry.year}`,
                savedAt: e.savedAt,
              }
            : {
                status: 'damaged',
                id: e.id,
                problems: e.errors.map((x) => `${x.path} ${t.text(x)}`),
              },
        )
      : [];

  const onDownload = (id: string) => {
    const entry =
      saved?.status === 'ready'
        ? saved.entries.find((e) => (e.status === 'ok' ? e.entry.id : e.id) === id)
        : undefined;
    if (!entry) return;
    const content = entry.status === 'ok' ? entry.file : entry.raw;
    downloadText(`${JSON.stringify(content, null, 2)}\n`, `${id}.json`, 'application/json');
  };

  const onDelete = (id: string) => {
    const entry =
      saved?.status === 'ready'
        ? saved.entries.find((e) => e.status === 'ok' && e.entry.id === id)
        : undefined;
    // The report as people know it (agency and year), not its internal id.
    const name = entry?.status === 'ok' ? `${entry.entry.agency} · ${entry.entry.year}` : id;
    if (typeof window.confirm === 'function' && !window.confirm(t.deleteConfirm(name))) return;
    void removeReport(id);
  };

  const unsaved = items.filter(isSaveable).map((i) => i.key);

  return (
    <main id="main" className="page import-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <DropZone onFiles={addFiles} hint={t.limit(MAX_BYTES / 1024 / 1024)} messages={t} />
      {unsaved.length > 1 ? (
        <button type="button" className="primary" onClick={() => saveItems(unsaved)}>
          {t.saveAll(unsaved.length)}
        </button>
      ) : null}
      <div className="import-items">
        {items.map((item) => (
          <ImportCard
            key={item.key}
            item={item}
            messages={t}
            openHref={openHref}
            expanded={items.length <= 3}
            onSave={() => saveItems([item.key])}
            onDiscard={() => discard(item.key)}
            describeSource={describeSource}
            onCorrect={(values) => void correct(item.key, values)}
            onDuplicate={(choice) => void resolveDuplicate(item.key, choice, builtinIds)}
          />
        ))}
      </div>
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t.savedTitle}</h2>
        {saved?.status === 'error' ? (
          <p role="alert">
            {t.storageUnavailable}: {t.text(saved.message)}
          </p>
        ) : (
          <SavedList
            items={savedItems}
            messages={t}
            openHref={openHref}
            onDownload={onDownload}
            onDelete={onDelete}
          />
        )}
      </section>
    </main>
  );
}
