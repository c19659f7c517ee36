import { create } from 'zustand';
import type { ImportIssue } from '../importer/import-issue.ts';
import { hasGuesses, type MetadataOverrides } from '../importer/report-metadata.ts';
import { type ImportedReport, importAndLoadFile } from '../load/import-and-load.ts';
import type { Label } from '../report/label.ts';
import { findDuplicate } from './find-duplicate.ts';
import { type ToSave, useSavedReports } from './saved-reports-store.ts';

// The files picked or dropped on the Import page, each as it is being read, read, or refused,
// until the user saves or removes it. Kept outside the page, so that leaving the Import page
// and coming back loses nothing. A file whose agency, year, template or date had to be guessed
// waits for the user to confirm or correct them; a correction reads the file again with the
// user's values (so a changed template re-reads the tables by that template's rows).

/** A saved report that is the same as the one being saved: the user chooses what to do. */
export interface DuplicatePrompt {
  readonly id: string;
  readonly title: string;
  readonly savedAt: string;
}

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
      /** False while some field is a guess the user has not confirmed or corrected. */
      readonly confirmed: boolean;
      /** Counts the readings, so that the page's fields start afresh after each. */
      readonly version: number;
      readonly correcting?: boolean;
      /** Why the corrected values could not be taken (the report as it was is kept). */
      readonly correctionErrors?: readonly ImportIssue[];
      readonly duplicate?: DuplicatePrompt;
      readonly savedId?: string;
      readonly saveError?: Label;
    };

export type ReadyItem = Extract<ImportItem, { status: 'ready' }>;

export type DuplicateChoice = 'replace' | 'keep' | 'cancel';

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
  /** Reads the file again with the user's values for agency, year, template and date. */
  correct: (key: string, values: MetadataOverrides) => Promise<void>;
  /**
   * Saves the ready, unsaved, confirmed items among `keys` in one transaction, beside
   * `builtinIds`. One that is already saved (same agency, year and tables) is not saved but
   * asks, through its `duplicate`, whether to replace that one or keep both.
   */
  save: (keys: readonly string[], builtinIds: readonly string[]) => Promise<void>;
  resolveDuplicate: (
    key: string,
    choice: DuplicateChoice,
    builtinIds: readonly string[],
  ) => Promise<void>;
}

/** True for an item that Save would write now. */
export const isSaveable = (item: ImportItem): item is ReadyItem =>
  item.status === 'ready' && !item.savedId && item.confirmed && !item.correcting && !item.duplicate;

let nextKey = 0;
// The files themselves, to read again on a correction; outside the state, which stays plain.
const files = new Map<string, File>();

export const useImports = create<ImportState>()((set, get) => {
  const update = (key: string, next: (item: ImportItem) => ImportItem) =>
    set((s) => ({ items: s.items.map((item) => (item.key === key ? next(item) : item)) }));

  // Files read in a batch of hundreds come back one after another: their verdicts are put in
  // together, a frame's worth at a time, not the whole list redrawn for each.
  const verdicts = new Map<string, (item: ImportItem) => ImportItem>();
  let flushing: ReturnType<typeof setTimeout> | undefined;
  const updateSoon = (key: string, next: (item: ImportItem) => ImportItem) => {
    verdicts.set(key, next);
    flushing ??= setTimeout(() => {
      flushing = undefined;
      const due = new Map(verdicts);
      verdicts.clear();
      set((s) => ({
        items: s.items.map((item) => due.get(item.key)?.(item) ?? item),
      }));
    }, 16);
  };

  const write = async (
    items: readonly (ReadyItem & { replaces?: string })[],
    builtinIds: readonly string[],
  ) => {
    if (items.length === 0) return;
    const toSave: ToSave[] = items.map((i) => ({
      file: i.imported.file,
      fileName: i.name,
      format: i.imported.format,
      ...(i.replaces ? { replaces: i.replaces } : {}),
    }));
    const result = await useSavedReports.getState().save(toSave, builtinIds);
    items.forEach((saved, index) =>
      update(saved.key, (item) => {
        if (item.status !== 'ready') return item;
        if (!result.ok) return { ...item, saveError: result.message };
        const { saveError: _gone, duplicate: _asked, ...rest } = item;
        return { ...rest, savedId: result.ids[index] as string };
      }),
    );
  };

  return {
    items: [],
    add: (picked) => {
      const added = picked.map((file) => ({ file, key: `f${(nextKey += 1)}` }));
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
        files.set(key, file);
        void importAndLoadFile(file).then((result) =>
          updateSoon(key, (item) => {
            const base = { key, name: item.name };
            if (!result.ok) return { ...base, status: 'failed', errors: result.errors };
            const { ok: _ok, sourceText, ...imported } = result;
            return {
              ...base,
              status: 'ready',
              imported,
              sourceText: preview(sourceText),
              confirmed: !hasGuesses(imported.metadata),
              version: 1,
            };
          }),
        );
      }
    },
    discard: (key) => {
      files.delete(key);
      set((s) => ({ items: s.items.filter((item) => item.key !== key) }));
    },
    correct: async (key, values) => {
      const file = files.get(key);
      const item = get().items.find((i) => i.key === key);
      if (!file || item?.status !== 'ready' || item.savedId) return;
      update(key, (i) => (i.status === 'ready' ? { ...i, correcting: true } : i));
      const result = await importAndLoadFile(file, values);
      update(key, (i) => {
        if (i.status !== 'ready') return i;
        const { correcting: _done, correctionErrors: _old, duplicate: _asked, ...rest } = i;
        if (!result.ok) return { ...rest, correctionErrors: result.errors };
        const { ok: _ok, sourceText: _same, ...imported } = result;
        return { ...rest, imported, confirmed: true, version: i.version + 1 };
      });
    },
    save: async (keys, builtinIds) => {
      const ready = get().items.filter(
        (i): i is ReadyItem => keys.includes(i.key) && isSaveable(i),
      );
      if (ready.length === 0) return;
      const saved = useSavedReports.getState().saved;
      const entries = saved?.status === 'ready' ? saved.entries : [];
      const fresh: ReadyItem[] = [];
      for (const item of ready) {
        const same = findDuplicate(item.imported.file, entries);
        if (!same) {
          fresh.push(item);
          continue;
        }
        const duplicate = {
          id: same.entry.id,
          title: `${same.entry.agency} · ${same.entry.year}`,
          savedAt: same.savedAt,
        };
        update(item.key, (i) => (i.status === 'ready' ? { ...i, duplicate } : i));
      }
      await write(fresh, builtinIds);
    },
    resolveDuplicate: async (key, choice, builtinIds) => {
      const item = get().items.find((i): i is ReadyItem => i.key === key && i.status === 'ready');
      if (!item?.duplicate || item.savedId) return;
      if (choice === 'cancel') {
        const { duplicate: _asked, ...rest } = item;
        update(key, () => rest);
        return;
      }
      await write(
        [{ ...item, ...(choice === 'replace' ? { replaces: item.duplicate.id } : {}) }],
        builtinIds,
      );
    },
  };
});
