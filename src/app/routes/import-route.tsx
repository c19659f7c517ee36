import { useCallback, useEffect, useMemo } from 'react';
import { useHref } from 'react-router-dom';
import { DropZone } from '../../components/import/drop-zone.tsx';
import { type DuplicateChoice, ImportCard } from '../../components/import/import-card.tsx';
import type { DetailValues } from '../../components/import/report-details.tsx';
import { SavedList, type SavedListItem } from '../../components/import/saved-list.tsx';
import { downloadText } from '../../export/download.ts';
import { useMessages } from '../../i18n/i18n-context.tsx';
import { importMessages } from '../../i18n/import-messages.ts';
import { MAX_BYTES } from '../../importer/import-report.ts';
import { type MetadataSource, sourceLabels } from '../../importer/report-metadata.ts';
import { isSaveable, useImports } from '../../store/import-store.ts';
import { useReports } from '../../store/reports-store.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
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
  const remove = useSavedReports((s) => s.remove);
  const { builtin } = useAllReportEntries();
  // Plain links (the cards are not router-aware): the router's href of the app's root.
  const root = useHref('/');
  const openHref = useCallback(
    (id: string) => root + pathTo({ page: 'report', reportId: id }).slice(1),
    [root],
  );

  useEffect(() => {
    void loadSaved();
  }, [loadSaved]);

  const builtinIds = builtin.map((b) => b.id);
  const saveItems = (keys: readonly string[]) => void saveImports(keys, builtinIds);
  // The cards' actions stay the same from render to render, so that a batch of hundreds of
  // files redraws only the card whose file has just been read (ImportCard is memoised).
  const actions = useMemo(() => {
    // The built-in reports' ids at the moment of the action: a saved copy never takes one.
    const builtinNow = () => {
      const index = useReports.getState().index;
      return index?.status === 'ready' ? index.data.reports.map((r) => r.id) : [];
    };
    return {
      save: (key: string) => void saveImports([key], builtinNow()),
      discard,
      correct: (key: string, values: DetailValues) => void correct(key, values),
      duplicate: (key: string, choice: DuplicateChoice) =>
        void resolveDuplicate(key, choice, builtinNow()),
    };
  }, [saveImports, discard, correct, resolveDuplicate]);
  const describeSource = useCallback(
    (source: string) =>
      t.text(sourceLabels[source as MetadataSource] ?? { zh: source, en: source }),
    [t],
  );

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
    void remove(id);
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
            onSave={actions.save}
            onDiscard={actions.discard}
            describeSource={describeSource}
            onCorrect={actions.correct}
            onDuplicate={actions.duplicate}
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
