import type { Label } from '../report/label.ts';

// What is typed into the editor and not yet saved, kept in localStorage at every change (a
// synchronous write: a reload, a closed tab or a crash a moment later loses nothing). It is
// removed once the report is saved, or when the user discards the changes.

const PREFIX = 'xxgk-draft:';

export interface Draft {
  /** The report file as edited so far (it may not validate yet: a name still to be typed). */
  readonly file: unknown;
  readonly changedAt: string;
}

/** The draft of an edit of report `id`, or of a new report of a template. */
export const draftKey = {
  edit: (id: string) => `edit:${id}`,
  new: (template: string) => `new:${template}`,
};

export function readDraft(key: string): Draft | null {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + key);
    const draft = JSON.parse(text ?? 'null') as Partial<Draft> | null;
    if (!draft || typeof draft.file !== 'object' || draft.file === null) return null;
    return { file: draft.file, changedAt: String(draft.changedAt ?? '') };
  } catch {
    return null;
  }
}

/** Keeps the draft; says why not when the storage refuses (full, or turned off). */
export function writeDraft(key: string, file: unknown): Label | null {
  try {
    const draft: Draft = { file, changedAt: new Date().toISOString() };
    globalThis.localStorage.setItem(PREFIX + key, JSON.stringify(draft));
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      zh: `未能在本机暂存未保存的修改（${detail}）：请先保存，或下载 JSON 备份，再离开本页。`,
      en: `The unsaved changes could not be kept in this browser (${detail}): save them, or download the JSON, before leaving this page.`,
    };
  }
}

export function removeDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: an unreadable storage holds no draft either.
  }
}
