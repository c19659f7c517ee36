// Text is measured without a browser (the export builders run in Node too, and chart labels are
// laid out before they are drawn): an estimate in em that errs wide, so that wrapped lines and
// column widths do not overflow.

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width in tenths of an em, a whole number: sums of widths are exact. */
function tenths(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 10 : ch === ' ' ? 3 : 6;
  return width;
}

/** Width in em: CJK and full-width forms 1, narrow characters about 0.6. */
export function textWidth(text: string): number {
  return tenths(text) / 10;
}

// Lines break between words in Latin text and between characters in Chinese, never with closing
// punctuation at the start of a line or opening punctuation at its end (避头尾), and inside a
// word only when that word alone is wider than the line.

/** Cannot start a line: 。，、）… and their ASCII forms. */
const CLOSING = /^[，。、；：！？）」』》〉】〕］｝〗〙,.;:!?)\]}’”%…·—～]$/u;
/** Cannot end a line: （「《 … */
const OPENING = /^[（「『《〈【〔［｛〖〘([{‘“]$/u;
const LATIN_RUN = /[A-Za-z0-9.,:;!?'"()[\]\-–/@%&+*]+ *|\s+|./gsu;

/** A piece a line may not be broken inside; `soft` when a break before it is a good one. */
interface Atom {
  text: string;
  soft: boolean;
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  let glueNext = false;
  for (const token of text.match(LATIN_RUN) ?? []) {
    const last = atoms[atoms.length - 1];
    if (last !== undefined && (glueNext || CLOSING.test(token.trim()))) {
      last.text += token;
    } else if (/^\s+$/.test(token) && last !== undefined) {
      last.text += token;
    } else {
      const soft =
        last === undefined ||
        /\s$/.test(last.text) ||
        CLOSING.test([...last.text.trimEnd()].pop() ?? '');
      atoms.push({ text: token, soft });
    }
    glueNext = OPENING.test(token);
  }
  return atoms;
}

/**
 * The widths of lines of atoms, each atom measured once: a label's balanced breaking tries
 * every line of every length, and measuring each character of each anew took some 8 ms a chart
 * drawing. `width(j, i)`: atoms[j..i) on a line, in em; trailing spaces hang past the end and
 * do not count (an atom is never only spaces: atomsOf glues them to the atom before).
 */
function lineWidths(atoms: readonly Atom[]): (j: number, i: number) => number {
  const before = [0];
  const trimmed: number[] = [];
  for (const atom of atoms) {
    before.push((before[before.length - 1] ?? 0) + tenths(atom.text));
    trimmed.push(tenths(atom.text.trimEnd()));
  }
  return (j, i) => ((before[i - 1] ?? 0) - (before[j] ?? 0) + (trimmed[i - 1] ?? 0)) / 10;
}

/**
 * Atoms wider than the line become one atom a character (punctuation still held to its
 * neighbour): the only place a word is broken.
 */
function splitWide(atoms: readonly Atom[], maxEm: number): Atom[] {
  return atoms.flatMap((atom) => {
    if (textWidth(atom.text.trimEnd()) <= maxEm) return [atom];
    const pieces: Atom[] = [];
    let glue = false;
    for (const ch of atom.text) {
      const last = pieces[pieces.length - 1];
      if (last !== undefined && (glue || CLOSING.test(ch) || /\s/.test(ch))) last.text += ch;
      else pieces.push({ text: ch, soft: last === undefined && atom.soft });
      glue = OPENING.test(ch);
    }
    return pieces;
  });
}

/** Width in em of the widest piece that cannot be broken: the narrowest line keeping words whole. */
export function widestWord(text: string): number {
  return Math.max(0, ...atomsOf(text).map((a) => textWidth(a.text.trimEnd())));
}

/** Greedy: each line takes as much as fits. */
function greedy(atoms: readonly Atom[], maxEm: number): Atom[][] {
  const width = lineWidths(atoms);
  const lines: Atom[][] = [];
  let start = 0;
  for (let i = 1; i < atoms.length; i += 1) {
    if (width(start, i + 1) > maxEm) {
      lines.push(atoms.slice(start, i));
      start = i;
    }
  }
  if (atoms.length > 0) lines.push(atoms.slice(start));
  return lines;
}

/** A break inside a run of Chinese costs this much more than one after punctuation or a space. */
const HARD_BREAK = 8;

/**
 * As few lines as greedy breaking gives, but even: the sum of the squared slack of every line
 * (the last one too) is smallest, so a two-line label is split near its middle, preferably
 * after punctuation or a space: '（一）' / '予以公开' rather than '（一）予以公' / '开'.
 */
function balanced(atoms: readonly Atom[], maxEm: number): Atom[][] {
  const lineCount = greedy(atoms, maxEm).length;
  const lineWidth = lineWidths(atoms);
  const n = atoms.length;
  // cost[k * (n + 1) + i]: the cheapest way to set atoms[0..i) on k lines; from: its last break.
  const size = (lineCount + 1) * (n + 1);
  const cost = new Array<number>(size).fill(Infinity);
  const from = new Array<number>(size).fill(0);
  const at = (k: number, i: number) => k * (n + 1) + i;
  cost[0] = 0;
  for (let k = 1; k <= lineCount; k += 1) {
    for (let i = 1; i <= n; i += 1) {
      for (let j = i - 1; j >= 0; j -= 1) {
        const width = lineWidth(j, i);
        // A line holds at least one atom, however narrow the room.
        if (width > maxEm && i - j > 1) break;
        const penalty = j > 0 && atoms[j]?.soft === false ? HARD_BREAK : 0;
        const total = (cost[at(k - 1, j)] ?? Infinity) + (maxEm - width) ** 2 + penalty;
        if (total < (cost[at(k, i)] ?? Infinity)) {
          cost[at(k, i)] = total;
          from[at(k, i)] = j;
        }
      }
    }
  }
  const lines: Atom[][] = [];
  let end = n;
  for (let k = lineCount; k > 0; k -= 1) {
    const start = from[at(k, end)] ?? 0;
    lines.unshift(atoms.slice(start, end));
    end = start;
  }
  return lines;
}

/**
 * `text` as lines of at most `maxEm` em (as textWidth measures), every character kept.
 * `balance` evens the lines out (for labels); otherwise each line is filled (for titles).
 */
export function breakLines(text: string, maxEm: number, balance = false): string[] {
  const width = Math.max(maxEm, 0.01);
  const atoms = splitWide(atomsOf(text.trim()), width);
  if (atoms.length === 0) return [];
  const lines = balance ? balanced(atoms, width) : greedy(atoms, width);
  return lines.map((line) =>
    line
      .map((a) => a.text)
      .join('')
      .trim(),
  );
}

/** Lines of at most `maxEm` em, each filled as far as it goes (titles, notes, the source line). */
export function wrapText(text: string, maxEm: number): string[] {
  return breakLines(text, maxEm);
}
