import { isBlankText, splitTokens, trimSpaces } from '../../report/spaces.ts';
import { isValueToken } from '../value-token.ts';
import { unifyRadicals } from './pdf-radicals.ts';

// A PDF page's text items rebuilt into lines by their positions, never by the order in which
// the file stores them (a table's last row may be stored first). Each line is split into runs
// where the text leaves a gap: a label, then one run per cell value.

/** One text item of a page, in page coordinates with y growing downwards (points). */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  /** The baseline of horizontal text; the top of vertical text. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The font size as drawn. */
  readonly size: number;
  readonly vertical: boolean;
}

export interface PdfPageText {
  /** 1 for the first page. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

interface Fragment {
  /** Which item of the page it came from: the words of one item stay one piece. */
  readonly item: number;
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly cy: number;
  readonly size: number;
}

export interface Run {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  /** Its middle, top to bottom. */
  readonly cy: number;
  readonly size: number;
  /** A cell value (`12`, `增3项`, `-`), not label text. */
  readonly value: boolean;
}

export interface Line {
  readonly page: number;
  readonly cy: number;
  readonly top: number;
  readonly bottom: number;
  /** The smallest font size on the line. */
  readonly size: number;
  /** A group label printed top to bottom, one character under the other. */
  readonly vertical: boolean;
  readonly runs: readonly Run[];
  /**
   * The line's text in pieces that touch (no gap at all between their characters): finer
   * than runs, for where a table's cells meet with hardly a gap (cells without padding).
   */
  readonly pieces: readonly Run[];
}

// A new run (a new cell) starts at a gap wider than a character, or between two values at any
// gap a space would leave; within a run, a gap wider than a thin space is a space.
const RUN_GAP = 1;
const VALUE_GAP = 0.25;
const SPACE_GAP = 0.15;
// A label and a value with no gap between them (a cell's text filling its column) are still
// two runs when the value starts at least this far (points) after the label ends.
const TOUCHING_GAP = 0.5;

/** Where each character of a text starts, in parts of its width: a Chinese character is two
 * Latin ones wide. */
function advances(text: string): number[] {
  const starts: number[] = [];
  let width = 0;
  for (const ch of text) {
    starts.push(width);
    width += ch.charCodeAt(0) < 0x2e80 ? 1 : 2;
    if (ch.length === 2) starts.push(width);
  }
  starts.push(width);
  return starts.map((w) => w / Math.max(1, width));
}

/**
 * The item's text as fragments, one per word: pdf.js puts a space where the PDF leaves a
 * gap inside one string ("” 80"), and the words either side may be a label and a value.
 */
function fragmentsOf(item: PdfTextItem, index: number): Fragment[] {
  const text = unifyRadicals(item.text);
  if (isBlankText(text)) return [];
  const share = advances(text);
  const at = (index: number) => item.x + item.width * (share[index] ?? 1);
  const fragment = (part: string, at0: number): Fragment => {
    if (item.vertical) {
      const top = item.y;
      const bottom = item.y + item.height;
      return {
        item: index,
        text: part,
        x0: item.x,
        x1: item.x + item.width,
        top,
        bottom,
        cy: (top + bottom) / 2,
        size: item.size,
      };
    }
    return {
      item: index,
      text: part,
      x0: at(at0),
      x1: at(at0 + part.length),
      top: item.y - 0.85 * item.size,
      bottom: item.y + 0.15 * item.size,
      cy: item.y - 0.35 * item.size,
      size: item.size,
    };
  };
  if (item.vertical) {
    const body = trimSpaces(text);
    return [fragment(body, text.indexOf(body))];
  }
  return splitTokens(text).map((t) => fragment(t.text, t.index));
}

function joinFragments(fragments: readonly Fragment[]): string {
  let text = '';
  fragments.forEach((f, i) => {
    const prev = fragments[i - 1];
    if (prev && f.x0 - prev.x1 > SPACE_GAP * Math.min(f.size, prev.size)) text += ' ';
    text += f.text;
  });
  return text;
}

function runOf(fragments: readonly Fragment[]): Run {
  const text = joinFragments(fragments);
  const first = fragments[0] as Fragment;
  const last = fragments[fragments.length - 1] as Fragment;
  return {
    text,
    x0: first.x0,
    x1: last.x1,
    top: Math.min(...fragments.map((f) => f.top)),
    cy: fragments.reduce((sum, f) => sum + f.cy, 0) / fragments.length,
    size: Math.min(...fragments.map((f) => f.size)),
    value: isValueToken(text),
  };
}

/**
 * A run's value at its end split off its label when the two touch: a value printed in the
 * next column right where a label that fills its own column ends.
 */
function splitTouchingValue(fragments: readonly Fragment[]): Fragment[][] {
  for (let k = 1; k < fragments.length; k++) {
    const gap = (fragments[k] as Fragment).x0 - (fragments[k - 1] as Fragment).x1;
    if (gap < TOUCHING_GAP) continue;
    const head = fragments.slice(0, k);
    const tail = fragments.slice(k);
    if (isValueToken(joinFragments(tail)) && !isValueToken(joinFragments(head))) {
      return [head, tail];
    }
  }
  return [[...fragments]];
}

function runGroups(fragments: readonly Fragment[]): Fragment[][] {
  const groups: Fragment[][] = [];
  let current: Fragment[] = [];
  for (const f of fragments) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = f.x0 - prev.x1;
      const size = Math.min(f.size, prev.size);
      const apart =
        gap > RUN_GAP * size ||
        (gap > VALUE_GAP * size && isValueToken(prev.text) && isValueToken(f.text));
      if (apart) {
        groups.push(current);
        current = [];
      }
    }
    current.push(f);
  }
  if (current.length > 0) groups.push(current);
  return groups.flatMap(splitTouchingValue);
}

/** Text drawn twice a hair apart (a bold face faked by overprinting) is read once. */
function withoutOverprint(fragments: readonly Fragment[]): Fragment[] {
  const kept: Fragment[] = [];
  for (const f of fragments) {
    const twin = kept.some(
      (k) => k.text === f.text && Math.abs(k.x0 - f.x0) < 0.3 * f.size && Math.abs(k.cy - f.cy) < 1,
    );
    if (!twin) kept.push(f);
  }
  return kept;
}

/** A run's pieces: its words that touch or share an item stay together. */
function piecesOf(run: readonly Fragment[]): Fragment[][] {
  const groups: Fragment[][] = [];
  for (const f of run) {
    const current = groups[groups.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && (f.item === prev.item || f.x0 - prev.x1 < TOUCHING_GAP)) current.push(f);
    else groups.push([f]);
  }
  return groups;
}

function lineOf(page: number, fragments: Fragment[], vertical: boolean): Line {
  const sorted = withoutOverprint(fragments.sort((a, b) => a.x0 - b.x0));
  const groups = vertical ? [sorted] : runGroups(sorted);
  const top = Math.min(...sorted.map((f) => f.top));
  const bottom = Math.max(...sorted.map((f) => f.bottom));
  return {
    page,
    cy: vertical ? (top + bottom) / 2 : sorted.reduce((s, f) => s + f.cy, 0) / sorted.length,
    top,
    bottom,
    size: Math.min(...sorted.map((f) => f.size)),
    vertical,
    runs: groups.map(runOf),
    pieces: groups.flatMap(piecesOf).map(runOf),
  };
}

/**
 * The page's lines from top to bottom: items whose middles lie within a fraction of a
 * character of each other share a line (a label in 10 pt and its values in 14 pt do).
 */
export function linesOfPage(page: PdfPageText): Line[] {
  const horizontal: Fragment[] = [];
  const lines: Line[] = [];
  for (const [index, item] of page.items.entries()) {
    const fragments = fragmentsOf(item, index);
    if (item.vertical) {
      for (const f of fragments) lines.push(lineOf(page.page, [f], true));
    } else {
      horizontal.push(...fragments);
    }
  }
  horizontal.sort((a, b) => a.cy - b.cy);
  let current: Fragment[] = [];
  let center = 0;
  let size = 0;
  for (const f of horizontal) {
    if (current.length > 0 && Math.abs(f.cy - center) <= 0.4 * Math.min(size, f.size)) {
      current.push(f);
      center = current.reduce((s, g) => s + g.cy, 0) / current.length;
      size = Math.min(size, f.size);
      continue;
    }
    if (current.length > 0) lines.push(lineOf(page.page, current, false));
    current = [f];
    center = f.cy;
    size = f.size;
  }
  if (current.length > 0) lines.push(lineOf(page.page, current, false));
  // A vertical label's place is where it starts; a line's, its middle.
  const key = (line: Line) => (line.vertical ? line.top : line.cy);
  return lines.sort((a, b) => key(a) - key(b));
}

/** A line's text: its runs with a space between. */
export function lineText(line: Line): string {
  return line.runs.map((r) => r.text).join(' ');
}
