import { CHART_FONT_FAMILY } from './chart-font.ts';
import { escapeXml } from './escape-xml.ts';
import { textWidth, wrapText } from './text-width.ts';

/** The drawing of a chart as standalone SVG markup (an `<svg>` element) and its size. */
export interface PlotSnapshot {
  markup: string;
  width: number;
  height: number;
}

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface StaticChartInput {
  title: string;
  /** The report: `聊城市农业农村局 · 2020 年度`. */
  subtitle: string;
  /** Where the figures come from, drawn at the foot. */
  source: string;
  legend: readonly LegendEntry[];
  plot: PlotSnapshot;
  /**
   * The notes shown under the chart (what a '*' means, figures of the report that disagree):
   * an image without them would say more than the report does.
   */
  notes?: readonly string[];
}

export interface StaticChart {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const INK = '#1f2933';
const MUTED = '#52606d';
const title = { size: 18, line: 24 };
const subtitle = { size: 13, line: 18 };
const legend = { size: 12, row: 20, swatch: 12, gap: 6, spacing: 16 };
const note = { size: 12, line: 16 };
const source = { size: 11, line: 15 };

interface Placed {
  markup: string;
  height: number;
}

function textLines(
  lines: readonly string[],
  y: number,
  style: { size: number; line: number },
  attrs: string,
): Placed {
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + i * style.line + style.size}" font-size="${style.size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * style.line };
}

/** Swatches and labels, flowing into as many rows as the width needs. */
function legendRows(entries: readonly LegendEntry[], y: number, width: number): Placed {
  if (entries.length === 0) return { markup: '', height: 0 };
  const parts: string[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const labelWidth = textWidth(entry.label) * legend.size;
    const itemWidth = legend.swatch + legend.gap + labelWidth;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      row += 1;
    }
    const top = y + row * legend.row;
    parts.push(
      `<rect x="${x}" y="${top + 4}" width="${legend.swatch}" height="${legend.swatch}" rx="2" fill="${escapeXml(entry.colour)}"/>`,
      `<text x="${x + legend.swatch + legend.gap}" y="${top + 4 + legend.size - 1}" font-size="${legend.size}" fill="${INK}">${escapeXml(entry.label)}</text>`,
    );
    x += itemWidth + legend.spacing;
  }
  return { markup: parts.join(''), height: (row + 1) * legend.row };
}

/**
 * The static render of a chart that is exported (the owid-grapher model): title, report,
 * legend, the drawing, its notes and the source line, all SVG with text as text, on white, at a
 * fixed size with a viewBox. The drawing keeps its own size; the frame adds a margin round it.
 */
export function composeChartSvg(input: StaticChartInput): StaticChart {
  const width = Math.round(input.plot.width + 2 * PAD);
  const room = (size: number) => (width - 2 * PAD) / size;
  let y = PAD;
  const blocks: string[] = [];
  const place = (placed: Placed, gapAfter: number) => {
    blocks.push(placed.markup);
    y += placed.height + (placed.height > 0 ? gapAfter : 0);
  };

  place(
    textLines(wrapText(input.title, room(title.size)), y, title, `font-weight="700" fill="${INK}"`),
    2,
  );
  place(
    textLines(wrapText(input.subtitle, room(subtitle.size)), y, subtitle, `fill="${MUTED}"`),
    8,
  );
  place(legendRows(input.legend, y, width), 8);
  const plotY = y;
  y += input.plot.height + 8;
  for (const text of input.notes ?? []) {
    place(textLines(wrapText(text, room(note.size)), y, note, `fill="${INK}"`), 4);
  }
  const sourceBlock = textLines(
    wrapText(input.source, room(source.size)),
    y,
    source,
    `fill="${MUTED}"`,
  );
  const height = Math.round(y + sourceBlock.height + PAD);

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" `,
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(`${input.subtitle}. ${input.source}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...blocks,
    `<g transform="translate(${PAD},${plotY})">${input.plot.markup}</g>`,
    sourceBlock.markup,
    '</svg>\n',
  ].join('');
  return { svg, width, height };
}
