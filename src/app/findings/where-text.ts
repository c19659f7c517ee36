import type { Label } from '../../report/label.ts';
import type { FindingView } from './finding-view.ts';

/** Table · row · column, as the table prints them. */
export function whereText(view: FindingView, text: (label: Label) => string): string {
  return [view.table, view.row, view.column]
    .filter((l): l is Label => l !== null)
    .map(text)
    .join(' · ');
}
