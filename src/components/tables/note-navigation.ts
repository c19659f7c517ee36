/** A cell with notes, where the table shows it: its body row's index and its column. */
export interface NotedCell {
  readonly path: string;
  readonly row: number;
  readonly column: string;
}

/** The keys that move between a table's noted cells. */
export const NOTE_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * Where a key moves from the noted cell `from`, among the table's noted cells in reading
 * order: right and left to the next and previous one, down and up to the next and previous
 * one in the same column, Home and End to the first and last. Undefined when there is none
 * that way (focus stays) or the key is not one of NOTE_KEYS.
 */
export function nextNoted(
  noted: readonly NotedCell[],
  from: string,
  key: string,
): NotedCell | undefined {
  const i = noted.findIndex((cell) => cell.path === from);
  const here = noted[i];
  if (!here) return undefined;
  switch (key) {
    case 'ArrowRight':
      return noted[i + 1];
    case 'ArrowLeft':
      return noted[i - 1];
    case 'ArrowDown':
      return noted.slice(i + 1).find((cell) => cell.column === here.column);
    case 'ArrowUp':
      return noted
        .slice(0, i)
        .reverse()
        .find((cell) => cell.column === here.column);
    case 'Home':
      return noted[0];
    case 'End':
      return noted.at(-1);
    default:
      return undefined;
  }
}

/**
 * What the table tells its noted cells: which one is in the Tab order (one per table, so Tab
 * passes over the table in one step however many cells the checks flagged), and what to do
 * when one gets focus or a key.
 */
export interface NoteNavigation {
  readonly tabStop: string | undefined;
  readonly focused: (path: string) => void;
  /** True when the key moved focus to another noted cell (or was one of NOTE_KEYS). */
  readonly key: (path: string, key: string) => boolean;
}
