import { isBlank, type Cell } from '../../report/cell.ts';

/** What a cell holds, in the order cells sort: numbers, not applicable, text, blank. */
export type CellKind = 'number' | 'notApplicable' | 'text' | 'blank';

export function cellKind(cell: Cell | undefined): CellKind {
  if (!cell || isBlank(cell)) return 'blank';
  if (cell.value !== null) return 'number';
  if (cell.notApplicable) return 'notApplicable';
  return 'text';
}

/** The cell as printed in the report; '' when blank. */
export function printedText(cell: Cell | undefined): string {
  return cell?.raw === null || cell === undefined ? '' : String(cell.raw);
}
