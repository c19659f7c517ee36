import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { LABEL_COLUMN } from './table-view-state.ts';

// A virtualised table is wide as well as long (the comparison: 31 columns, some 11 in view at
// 1366 px). Its body draws only the columns in view and a few beside them; the columns left out
// are one empty cell spanning them, so that the drawn cells stay under their headers. The head
// is drawn whole: every sort button and filter stays in the Tab order.

/** Columns `first` to `last` (exclusive) of the visible columns, the label column's included. */
export interface ColumnRange {
  readonly first: number;
  readonly last: number;
}

/** A body row's cells: a column's id, or so many columns left out. */
export type DrawnColumn = string | { readonly gap: number };

/** Drawn beyond the box's edges, each way: a quick sideways scroll then shows no empty cells. */
const OVERSCAN_PX = 240;
/**
 * Before the columns have been measured, in rem: no column is narrower than its filter (4rem
 * and its cell's padding), and the labels take at least 12rem or 40% of the width (see
 * data-table.css).
 */
const NARROWEST_REM = 5;
const LABELS_REM = 12;

/** The most columns a window this wide can show, the labels' included, with one cut at each edge. */
export function columnsThatFit(width: number, rem: number): number {
  const labels = Math.min(LABELS_REM * rem, 0.4 * width);
  return 1 + Math.ceil((width - labels) / (NARROWEST_REM * rem)) + 1;
}

const rootRem = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** Where each column lies, in the scrolled content's coordinates. */
export interface ColumnEdge {
  readonly left: number;
  readonly right: number;
  /** Stays in view (the labels): it is where the box is, whatever the scroll; not counted. */
  readonly sticky?: boolean;
}

/** The columns that meet the box scrolled to `scrollLeft` (plus the overscan). */
export function columnRange(
  edges: readonly ColumnEdge[],
  scrollLeft: number,
  width: number,
  overscan = OVERSCAN_PX,
): ColumnRange {
  // The sticky columns cover the box's start: the columns scrolled under them are out of view.
  const covered = edges.reduce((sum, e) => sum + (e.sticky ? e.right - e.left : 0), 0);
  const from = scrollLeft + covered - overscan;
  const to = scrollLeft + width + overscan;
  let first = edges.length;
  let last = 0;
  edges.forEach((edge, i) => {
    if (!edge.sticky && edge.right > from && edge.left < to) {
      first = Math.min(first, i);
      last = i + 1;
    }
  });
  return first < last ? { first, last } : { first: 0, last: 0 };
}

/**
 * A row's cells to draw, in order: every column when `range` is null (a table not windowed),
 * else those in the range and those pinned (a cell in the Tab order, one being moved to), with
 * the columns between as gaps. The label column is the row's header, drawn by the row.
 */
export function drawnColumns(
  ids: readonly string[],
  range: ColumnRange | null,
  pinned: ReadonlySet<string>,
): DrawnColumn[] {
  const out: DrawnColumn[] = [];
  let gap = 0;
  ids.forEach((id, i) => {
    if (id === LABEL_COLUMN) return;
    if (!range || (i >= range.first && i < range.last) || pinned.has(id)) {
      if (gap > 0) out.push({ gap });
      gap = 0;
      out.push(id);
    } else gap += 1;
  });
  if (gap > 0) out.push({ gap });
  return out;
}

/** The filter row's cells: one a column. */
const filterCells = (element: HTMLElement) =>
  element.querySelectorAll<HTMLElement>('thead > tr.dt-filter-row > *');

/** The filter row has one cell a column: where the columns are. Null when it is not drawn. */
function measure(element: HTMLElement, count: number): ColumnEdge[] | null {
  const cells = filterCells(element);
  if (cells.length !== count) return null;
  const box = element.getBoundingClientRect();
  const origin = box.left + element.clientLeft - element.scrollLeft;
  return Array.from(cells, (cell) => {
    const rect = cell.getBoundingClientRect();
    const edge = { left: rect.left - origin, right: rect.right - origin };
    return cell.classList.contains('dt-sticky') ? { ...edge, sticky: true } : edge;
  });
}

/** The widest each column has been drawn, from its edges measured now (with rows drawn). */
function recordWidest(
  element: HTMLElement,
  edges: readonly ColumnEdge[],
  widest: number[],
): boolean {
  // The head alone (no rows yet) says nothing of the columns' widths.
  if (!element.querySelector('tbody tr.dt-row')) return false;
  edges.forEach((edge, i) => {
    // Down to the pixel: a table as wide as its box shares the spare width out in fractions,
    // and rounded up, the columns made it a pixel or so wider than its box.
    widest[i] = Math.max(widest[i] ?? 0, Math.floor(edge.right - edge.left));
  });
  return true;
}

/**
 * Each column kept at least as wide as it has been drawn: its filter cell's least width (a
 * table's column is as wide as its widest cell). Written in an animation frame, before the
 * frame's own layout: written where the columns were read, it laid the table out again.
 */
function keepWidest(element: HTMLElement, widest: readonly number[]): void {
  const cells = filterCells(element);
  widest.forEach((width, i) => {
    const cell = cells[i];
    const least = `${width}px`;
    if (cell && cell.style.minWidth !== least) cell.style.minWidth = least;
  });
}

/**
 * The columns a windowed table's body draws, following the box's sideways scroll; null (every
 * column) when `enabled` is false. Until the columns are measured (the frame after the first
 * rows are drawn, as the rows' height is) it draws as many as the window could show.
 */
export function useColumnWindow(
  scroller: RefObject<HTMLElement | null>,
  enabled: boolean,
  columns: readonly string[],
): ColumnRange | null {
  const [measured, setMeasured] = useState<ColumnRange | null>(null);
  const edges = useRef<ColumnEdge[] | null>(null);
  // The widest each column has been drawn: a window of other rows (a region's shorter name)
  // drew a column narrower and the columns after it moved sideways as the reader scrolled
  // down (地区 160, 112, 160, 83 px). Kept as each column's least width, until a resize.
  const widest = useRef<number[]>([]);
  const count = columns.length;
  const key = columns.join('\n');

  // Widths follow the cells drawn: measured again at the next scroll after any drawing.
  useLayoutEffect(() => {
    edges.current = null;
  });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!enabled || !element) return;
    let keep = 0;
    const update = () => {
      if (!edges.current) {
        edges.current = measure(element, count);
        if (edges.current && recordWidest(element, edges.current, widest.current)) {
          cancelAnimationFrame(keep);
          keep = requestAnimationFrame(() => keepWidest(element, widest.current));
        }
      }
      if (!edges.current) return;
      const next = columnRange(edges.current, element.scrollLeft, element.clientWidth);
      setMeasured((was) =>
        was && was.first === next.first && was.last === next.last ? was : next,
      );
    };
    const resize = () => {
      edges.current = null;
      widest.current = [];
      for (const cell of filterCells(element)) cell.style.minWidth = '';
      update();
    };
    const frame = requestAnimationFrame(resize);
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', resize);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(keep);
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', resize);
    };
  }, [scroller, enabled, count, key]);
  // Other columns: other widths.
  useLayoutEffect(() => {
    widest.current = [];
  }, [key]);

  if (!enabled) return null;
  if (measured && measured.last <= count) return measured;
  return { first: 0, last: Math.min(count, columnsThatFit(window.innerWidth, rootRem())) };
}
