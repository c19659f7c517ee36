import { create } from 'zustand';
import type { ImportIssue } from '../importer/import-issue.ts';
import { type ImportedReport, importAndLoadFile } from '../load/import-and-load.ts';
import type { Label } from '../report/label.ts';
import { useSavedReports } from './saved-reports-store.ts';

// The files picked or dropped on the Import page, each as it is being read, read, or refused,
// until the user saves or removes it. Kept outside the page, so that leaving the Import page
// and coming back loses nothing.

export type ImportItem =
  | { readonly key: string; readonly name: string; readonly status: 'reading' }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'failed';
      readonly errors: readonly ImportIssue[];
    }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'ready';
      readonly imported: ImportedReport;
      /** The start of the source text, to show beside what was read (none for Word). */
      readonly sourceText: string | null;
      readonly savedId?: string;
      readonly saveError?: Label;
    };

export type ReadyItem = Extract<ImportItem, { status: 'ready' }>;

const SOURCE_PREVIEW_CHARS = 200_000;

function preview(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.length > SOURCE_PREVIEW_CHARS ? `${text.slice(0, SOURCE_PREVIEW_CHARS)}\n…` : text;
}

interface ImportState {
  items: readonly ImportItem[];
  /** Starts reading each file; each item is updated when its file has been read. */
  add: (files: readonly File[]) => void;
  discard: (key: string) => void;
  /** Saves the ready, unsaved items among `keys` in one transaction, beside `builtinIds`. */
  save: (keys: readonly string[], builtinIds: readonly string[]) => Promise<void>;
}

let nextKey = 0;

export const useImports = create<ImportState>()((set, get) => {
  const update = (key: string, next: (item: ImportItem) => ImportItem) =>
    set((s) => ({ items: s.items.map((item) => (item.key === key ? next(item) : item)) }));

  return {
    items: [],
    add: (files) => {
      const added = files.map((file) => ({ file, key: `f${(nextKey += 1)}` }));
      set((s) => ({
        items: [
          ...s.items,
          ...added.map(({ file, key }): ImportItem => ({
            key,
            name: file.name,
            status: 'reading',
          })),
        ],
      }));
      for (const { file, key } of added) {
        void importAndLoadFile(file).then((result) =>
          update(key, (item) => {
            const base = { key, name: item.name };
            if (!result.ok) return { ...base, status: 'failed', errors: result.errors };
            const { ok: _ok, sourceText, ...imported } = result;
            return { ...base, status: 'ready', imported, sourceText: preview(sourceText) };
          }),
        );
      }
    },
    discard: (key) => set((s) => ({ items: s.items.filter((item) => item.key !== key) })),
    save: async (keys, builtinIds) => {
      const ready = get().items.filter(
        (i): i is ReadyItem => keys.includes(i.key) && i.status === 'ready' && !i.savedId,
      );
      if (ready.length === 0) return;
      const result = await useSavedReports.getState().save(
        ready.map((i) => ({ file: i.imported.file, fileName: i.name, format: i.imported.format })),
        builtinIds,
      );
      ready.forEach((saved, index) =>
        update(saved.key, (item) => {
          if (item.status !== 'ready') return item;
          if (!result.ok) return { ...item, saveError: result.message };
          const { saveError: _gone, ...rest } = item;
          return { ...rest, savedId: result.ids[index] as string };
        }),
      );
    },
  };
});
