import { useEffect, useState } from 'react';
import { useHref } from 'react-router-dom';
import { runChecks } from '../../checks/run-checks.ts';
import { DropZone } from '../../components/import/drop-zone.tsx';
import { ImportCard, type ImportItem } from '../../components/import/import-card.tsx';
import { SavedList, type SavedListItem } from '../../components/import/saved-list.tsx';
import { downloadText } from '../../export/download.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { importMessagesByLang } from '../../i18n/import-messages.ts';
import { importReport, MAX_BYTES, tooLarge } from '../../importer/import-report.ts';
import { parseReport } from '../../report/parse-report.ts';
import { useSavedReports } from '../../store/saved-reports-store.ts';
import { useAllReportEntries } from '../layout/use-report-entry.ts';

const SOURCE_PREVIEW_CHARS = 200_000;
let nextKey = 0;

function sourceTextOf(
  bytes: Uint8Array,
  format: string,
  encoding: string | undefined,
): string | null {
  if (format === 'docx') return null;
  try {
    const text = new TextDecoder(encoding ?? 'utf-8').decode(bytes);
    return text.length > SOURCE_PREVIEW_CHARS ? `${text.slice(0, SOURCE_PREVIEW_CHARS)}\n…` : text;
  } catch {
    return null;
  }
}

/** Reads one file into an import item. Never throws: every failure is an item with errors. */
async function readFile(file: File, key: string): Promise<ImportItem> {
  const base = { key, name: file.name };
  if (file.size > MAX_BYTES) return { ...base, status: 'failed', errors: [tooLarge(file.size)] };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importReport({ name: file.name, bytes });
    if (!result.ok) return { ...base, status: 'failed', errors: result.errors };
    const parsed = parseReport(result.report);
    if (!parsed.ok) return { ...base, status: 'failed', errors: parsed.errors };
    return {
      ...base,
      status: 'ready',
      file: result.report,
      report: parsed.report,
      warnings: result.warnings,
      findings: runChecks(parsed.report),
      format: result.format,
      ...(result.encoding ? { encoding: result.encoding } : {}),
      sourceText: sourceTextOf(bytes, result.format, result.encoding),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      status: 'failed',
      errors: [{ zh: `读取文件失败：${detail}`, en: `Reading the file failed: ${detail}` }],
    };
  }
}

export function ImportRoute() {
  const { lang } = useI18n();
  const t = importMessagesByLang[lang];
  const [items, setItems] = useState<ImportItem[]>([]);
  const saved = useSavedReports((s) => s.saved);
  const loadSaved = useSavedReports((s) => s.loadSaved);
  const save = useSavedReports((s) => s.save);
  const remove = useSavedReports((s) => s.remove);
  const { builtin } = useAllReportEntries();
  const root = useHref('/');
  const openHref = (id: string) => `${root}reports/${encodeURIComponent(id)}/overview`;

  useEffect(() => {
    void loadSaved();
  }, [loadSaved]);

  const update = (key: string, next: (item: ImportItem) => ImportItem) =>
    setItems((current) => current.map((item) => (item.key === key ? next(item) : item)));

  const onFiles = (files: File[]) => {
    const added = files.map((file) => ({ file, key: `f${(nextKey += 1)}` }));
    setItems((current) => [
      ...current,
      ...added.map(({ file, key }): ImportItem => ({ key, name: file.name, status: 'reading' })),
    ]);
    for (const { file, key } of added)
      void readFile(file, key).then((item) => update(key, () => item));
  };

  const saveItems = async (keys: readonly string[]) => {
    const ready = items.filter(
      (i): i is Extract<ImportItem, { status: 'ready' }> =>
        keys.includes(i.key) && i.status === 'ready' && !i.savedId,
    );
    if (ready.length === 0) return;
    const files = ready.map((i) => ({ file: i.file, fileName: i.name, format: i.format }));
    const result = await save(
      files,
      builtin.map((b) => b.id),
    );
    setItems((current) =>
      current.map((item) => {
        const index = ready.findIndex((r) => r.key === item.key);
        if (index === -1 || item.status !== 'ready') return item;
        return result.ok
          ? { ...item, savedId: result.ids[index] as string, saveError: undefined }
          : { ...item, saveError: result.message };
      }),
    );
  };

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
                problems: e.errors.map((x) => `${x.path} ${x[lang]}`),
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
    if (typeof window.confirm === 'function' && !window.confirm(t.deleteConfirm(id))) return;
    void remove(id);
  };

  const unsaved = items.filter((i) => i.status === 'ready' && !i.savedId).map((i) => i.key);

  return (
    <main id="main" className="page import-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <DropZone
        onFiles={onFiles}
        pickLabel={t.pick}
        dropLabel={t.dropHere}
        activeLabel={t.dropActive}
        hint={t.limit(MAX_BYTES / 1024 / 1024)}
      />
      {unsaved.length > 1 ? (
        <button type="button" className="primary" onClick={() => void saveItems(unsaved)}>
          {t.saveAll(unsaved.length)}
        </button>
      ) : null}
      <div className="import-items">
        {items.map((item) => (
          <ImportCard
            key={item.key}
            item={item}
            lang={lang}
            t={t}
            openHref={openHref}
            expanded={items.length <= 3}
            onSave={() => void saveItems([item.key])}
            onDiscard={() => setItems((current) => current.filter((i) => i.key !== item.key))}
          />
        ))}
      </div>
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t.savedTitle}</h2>
        {saved?.status === 'error' ? (
          <p role="alert">
            {t.storageUnavailable}: {saved.message[lang]}
          </p>
        ) : (
          <SavedList
            items={savedItems}
            t={t}
            openHref={openHref}
            onDownload={onDownload}
            onDelete={onDelete}
          />
        )}
      </section>
    </main>
  );
}
