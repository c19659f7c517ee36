import type { CellNote } from './table-types.ts';

/** A note as the table lists it once, with the id its cells refer to. */
export interface ListedNote {
  readonly id: string;
  readonly note: CellNote;
}

export interface NoteIndex {
  /** Every distinct note of the table, in the order first met. */
  readonly list: readonly ListedNote[];
  /** The ids of a cell's notes, space-separated, for its aria-describedby. */
  readonly describedBy: (notes: readonly CellNote[]) => string;
}

const keyOf = (note: CellNote) => `${note.severity}\u0000${note.message}`;

/**
 * Lists each distinct note of the table's cells (`paths`; the map may hold the whole report's
 * notes) once and names it `<domId>-note-<n>`. A check's note is often the same for many
 * cells (a row with five blank cells gives each of them the row's note), so the table holds
 * each text once and its cells point at it, rather than every cell carrying its own copy.
 */
export function indexNotes(
  notes: ReadonlyMap<string, readonly CellNote[]> | undefined,
  paths: Iterable<string>,
  domId: string,
): NoteIndex {
  const ids = new Map<string, string>();
  const list: ListedNote[] = [];
  for (const path of paths) {
    for (const note of notes?.get(path) ?? []) {
      const key = keyOf(note);
      if (ids.has(key)) continue;
      const id = `${domId}-note-${list.length}`;
      ids.set(key, id);
      list.push({ id, note });
    }
  }
  return {
    list,
    describedBy: (cellNotes) =>
      [...new Set(cellNotes.map((note) => ids.get(keyOf(note))))].filter(Boolean).join(' '),
  };
}
