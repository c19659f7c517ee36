import { narrowestWidth, pixels, wrapLabel } from './wrap-label.ts';

export const sliceFontSize = 12;
export const sliceLineHeight = 15;
/** Horizontal distance from the ring to its labels, where the leader lines run. */
const leader = 16;
/** Air at the chart's edges and between two labels. */
const edge = 6;
const labelGap = 4;
const minRadius = 48;

export interface LabelledSlice {
  key: string;
  label: string;
  value: number;
  /** The value as the label shows it ('3', '3*'). */
  text: string;
}

export interface PlacedLabel {
  key: string;
  lines: string[];
  side: 'left' | 'right';
  /** Where the text is anchored (its end on the left, its start on the right). */
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** The leader line from the slice to the label, as SVG polyline points. */
  points: string;
}

export interface DonutLayout {
  /** As tall as the ring needs, or taller than asked for where one side's labels need it. */
  height: number;
  cx: number;
  cy: number;
  outerRadius: number;
  innerRadius: number;
  labels: PlacedLabel[];
}

interface Block {
  key: string;
  lines: string[];
  side: 'left' | 'right';
  /** Where the slice's leader line turns, and the label's wanted vertical centre. */
  elbowX: number;
  elbowY: number;
  ringX: number;
  ringY: number;
  top: number;
  height: number;
}

/** Labels of one side, top to bottom, as near their slices as they can be without overlapping. */
function stack(blocks: Block[], height: number): void {
  blocks.sort((a, b) => a.elbowY - b.elbowY);
  let bottom = edge - labelGap;
  for (const b of blocks) {
    b.top = Math.max(b.elbowY - b.height / 2, bottom + labelGap, edge);
    bottom = b.top + b.height;
  }
  let top = height - edge + labelGap;
  for (const b of [...blocks].reverse()) {
    b.top = Math.min(b.top, top - labelGap - b.height);
    top = b.top;
  }
}

const neededHeight = (blocks: readonly Block[]) =>
  blocks.reduce((sum, b) => sum + b.height + labelGap, 2 * edge);

/**
 * A ring with every slice labelled beside it, whole: 'label value' wrapped into the columns
 * either side, each column as wide as its longest label needs (up to 30% of the width, never
 * narrower than its longest word), the ring taking what is left. Slices run clockwise from 12
 * o'clock; labels sit on the side of their slice, pushed apart where they would overlap, with
 * a leader line to the slice.
 */
export function donutLayout(
  slices: readonly LabelledSlice[],
  width: number,
  height: number,
): DonutLayout {
  const texts = slices.map((s) => `${s.label} ${s.text}`);
  const widest = Math.max(0, ...texts.map((t) => narrowestWidth(t) * sliceFontSize));
  const longest = Math.max(0, ...texts.map((t) => pixels(t, sliceFontSize)));
  const fitRadius = (room: number) =>
    Math.min(height / 2 - edge, (width - 2 * (room + leader + edge)) / 2);
  let room = Math.max(widest, Math.min(longest, width * 0.3));
  if (fitRadius(room) < minRadius) {
    room = Math.max(widest, (width - 2 * (leader + edge + minRadius)) / 2);
  }
  const outerRadius = Math.max(24, Math.floor(fitRadius(room)));
  const innerRadius = Math.round(outerRadius * 0.66);
  const cx = width / 2;
  const labelX = (side: 'left' | 'right') =>
    side === 'right' ? cx + outerRadius + leader : cx - outerRadius - leader;
  const roomEm = (width / 2 - outerRadius - leader - edge) / sliceFontSize;

  const total = slices.reduce((sum, s) => sum + s.value, 0);
  let before = 0;
  const blocks = slices.map((slice, i): Block => {
    const middle = total > 0 ? (before + slice.value / 2) / total : 0;
    before += slice.value;
    const angle = Math.PI / 2 - 2 * Math.PI * middle;
    const lines = wrapLabel(texts[i] ?? '', roomEm);
    // Offsets from the centre; the centre itself is known once the height is.
    return {
      key: slice.key,
      lines,
      side: Math.cos(angle) >= -1e-9 ? 'right' : 'left',
      ringX: (outerRadius + 2) * Math.cos(angle),
      ringY: -(outerRadius + 2) * Math.sin(angle),
      elbowX: (outerRadius + 10) * Math.cos(angle),
      elbowY: -(outerRadius + 10) * Math.sin(angle),
      top: 0,
      height: lines.length * sliceLineHeight,
    };
  });
  const sides = (['left', 'right'] as const).map((side) => blocks.filter((b) => b.side === side));
  // No taller than the ring needs (a phone's ring is small), unless its labels need more.
  const chartHeight = Math.ceil(
    Math.max(Math.min(height, 2 * (outerRadius + edge + 10)), ...sides.map(neededHeight)),
  );
  const cy = chartHeight / 2;
  for (const b of blocks) {
    b.ringX += cx;
    b.ringY += cy;
    b.elbowX += cx;
    b.elbowY += cy;
  }
  for (const side of sides) stack(side, chartHeight);

  const labels = blocks.map((b): PlacedLabel => {
    const x = labelX(b.side);
    const centre = b.top + b.height / 2;
    const end = b.side === 'right' ? x - 3 : x + 3;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      key: b.key,
      lines: b.lines,
      side: b.side,
      x: round(x),
      y: round(b.top + sliceFontSize * 0.9),
      points: [
        [b.ringX, b.ringY],
        [b.elbowX, b.elbowY],
        [end, centre],
      ]
        .map(([px, py]) => `${round(px ?? 0)},${round(py ?? 0)}`)
        .join(' '),
    };
  });
  return { height: chartHeight, cx, cy, outerRadius, innerRadius, labels };
}
